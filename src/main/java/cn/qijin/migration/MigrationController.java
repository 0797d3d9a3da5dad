package cn.qijin.migration;

import cn.qijin.security.AdminOnly;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Upgrade with running campaigns: the administrator previews and migrates a campaign's running instances. */
@RestController
@Tag(name = "流程版本迁移", description = "发布新版本后，把某个活动运行中的流程实例迁移到最新版本（仅系统管理员 camunda-admin）")
public class MigrationController {

  private final CampaignMigrations migrations;

  public MigrationController(CampaignMigrations migrations) {
    this.migrations = migrations;
  }

  @AdminOnly
  @Operation(summary = "预览：本活动运行中的流程实例在哪些版本上、最新版本是哪一版、能否迁移（试迁移后全部回滚，不改变任何数据）")
  @GetMapping("/api/admin/migrations")
  public MigrationPreview preview(
      @Parameter(description = "活动编号") @RequestParam(required = false) String campaignId,
      @Parameter(description = "流程标识，如 qijin_unit_campaign；不填则列出本活动的全部流程") @RequestParam(required = false)
      String processKey) {
    return migrations.preview(campaignId, processKey);
  }

  @AdminOnly
  @Operation(summary = "迁移：把本活动旧版本上的流程实例迁移到最新版本（全部成功或一个也不迁移；记入审计记录）")
  @PostMapping("/api/admin/migrations")
  public MigrationResult migrate(@Valid @RequestBody MigrationRequest request) {
    return migrations.migrate(request);
  }
}
