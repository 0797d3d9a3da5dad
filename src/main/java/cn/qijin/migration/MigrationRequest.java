package cn.qijin.migration;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the administrator asks to migrate: one campaign's running instances of one process, or of all of them. */
public record MigrationRequest(
    @NotNull(message = "请指定要迁移的活动（campaignId）") @Schema(description = "活动编号", example = "3") Long campaignId,
    @Schema(description = "流程标识，如 qijin_unit_campaign；不填则迁移本活动的全部流程", example = "qijin_unit_campaign")
    @Size(max = 100, message = "流程标识不能超过 100 个字符") String processKey) {}
