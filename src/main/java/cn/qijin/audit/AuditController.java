package cn.qijin.audit;

import cn.qijin.security.OfficeOrLeadership;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ORG-2: the office reads and exports the audit trail — who did what and when. */
@RestController
@Tag(name = "审计记录", description = "谁在何时做了什么：流程步骤、填报、审核、豁免、延期、下载和导出（活动办公室、领导小组）")
public class AuditController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final AuditQueries queries;

  public AuditController(AuditQueries queries) {
    this.queries = queries;
  }

  @OfficeOrLeadership
  @Operation(summary = "查询审计记录（按日期、操作人、单位、操作、活动、流程实例筛选；最新的在前，每页最多 200 条）")
  @GetMapping("/api/audit")
  public Page<AuditEventView> search(
      @Parameter(description = "起始日期（含），yyyy-MM-dd，北京时间") @RequestParam(required = false) String from,
      @Parameter(description = "截止日期（含），yyyy-MM-dd，北京时间") @RequestParam(required = false) String to,
      @Parameter(description = "操作人账号，如 office") @RequestParam(required = false) String actor,
      @Parameter(description = "单位编码，如 ENT01") @RequestParam(required = false) String unitCode,
      @Parameter(description = "操作代码或中文名称，如 EVIDENCE_DOWNLOADED 或 下载佐证文件") @RequestParam(required = false) String action,
      @Parameter(description = "活动编号") @RequestParam(required = false) String campaignId,
      @Parameter(description = "流程实例编号") @RequestParam(required = false) String processInstanceId,
      @ParameterObject @PageableDefault(size = 50) Pageable pageable) {
    return queries.search(queries.filter(from, to, actor, unitCode, action, campaignId, processInstanceId), pageable);
  }

  @OfficeOrLeadership
  @Operation(summary = "审计记录中的操作类型（代码和中文名称），供筛选使用")
  @GetMapping("/api/audit/actions")
  public List<AuditActionView> actions() {
    return queries.actions();
  }

  @Operation(summary = "按相同筛选条件导出审计记录（Excel，时间为北京时间；导出本身也记入审计记录）")
  @ApiResponse(responseCode = "200", description = "Excel 工作簿", content = @Content(mediaType = XLSX))
  // no "produces": a refused request answers with the usual JSON error whatever the client accepts
  @OfficeOrLeadership
  @GetMapping("/api/audit/export.xlsx")
  public ResponseEntity<byte[]> export(
      @Parameter(description = "起始日期（含），yyyy-MM-dd，北京时间") @RequestParam(required = false) String from,
      @Parameter(description = "截止日期（含），yyyy-MM-dd，北京时间") @RequestParam(required = false) String to,
      @Parameter(description = "操作人账号") @RequestParam(required = false) String actor,
      @Parameter(description = "单位编码") @RequestParam(required = false) String unitCode,
      @Parameter(description = "操作代码或中文名称") @RequestParam(required = false) String action,
      @Parameter(description = "活动编号") @RequestParam(required = false) String campaignId,
      @Parameter(description = "流程实例编号") @RequestParam(required = false) String processInstanceId) {
    byte[] workbook = queries.export(queries.filter(from, to, actor, unitCode, action, campaignId, processInstanceId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
            + URLEncoder.encode("审计记录.xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
        .body(workbook);
  }
}
