package cn.qijin.supervision;

import cn.qijin.audit.AuditAction;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import cn.qijin.supervision.document.NoticeDocument;
import cn.qijin.supervision.document.QuarterWorkbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "季度督导", description = "季度汇总、通报、签收和上报（活动办公室、领导小组）")
public class SupervisionController {

  private static final Logger LOG = LoggerFactory.getLogger(SupervisionController.class);

  private final SupervisionService supervision;

  public SupervisionController(SupervisionService supervision) {
    this.supervision = supervision;
  }

  public record StartRequest(
      @NotBlank(message = "请填写季度，如 2026Q3") @Size(max = 20, message = "季度格式应为 2026Q3") String quarter) {}

  @OfficeOnly
  @Operation(summary = "启动某个已结束季度的督导（仅活动办公室；到期时系统也会自动启动）")
  @PostMapping("/api/campaigns/{campaignId}/supervisions")
  public ResponseEntity<SupervisionService.RoundView> start(@PathVariable Long campaignId,
      @Valid @RequestBody StartRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(supervision.start(campaignId, request.quarter()));
  }

  @OfficeOrLeadership
  @Operation(summary = "活动的各季度督导")
  @GetMapping("/api/campaigns/{campaignId}/supervisions")
  public List<SupervisionService.RoundView> list(@PathVariable Long campaignId) {
    return supervision.list(campaignId);
  }

  @Operation(summary = "一次季度督导：汇总、通报（或系统建议稿）、签收情况")
  @GetMapping("/api/supervisions/{roundId}")
  public SupervisionService.RoundDetail detail(@PathVariable Long roundId) {
    return supervision.detail(roundId);
  }

  @OfficeOrLeadership
  @Operation(summary = "某季度的实时汇总（可按单位编码筛选）")
  @GetMapping("/api/campaigns/{campaignId}/quarters/{quarter}/summary")
  public QuarterSummary liveSummary(@PathVariable Long campaignId, @PathVariable String quarter,
      @RequestParam(required = false) String unitCode) {
    return supervision.liveSummary(campaignId, quarter, unitCode);
  }

  @OfficeOrLeadership
  @Operation(summary = "下载某季度的实时汇总表（Excel）")
  @GetMapping("/api/campaigns/{campaignId}/quarters/{quarter}/summary.xlsx")
  public ResponseEntity<byte[]> liveWorkbook(@PathVariable Long campaignId, @PathVariable String quarter)
      throws IOException {
    return workbook(supervision.liveSummary(campaignId, quarter, null), null);
  }

  @OfficeOrLeadership
  @Operation(summary = "下载本次督导的季度汇总表（Excel，即通报所依据的数据）")
  @GetMapping("/api/supervisions/{roundId}/summary.xlsx")
  public ResponseEntity<byte[]> roundWorkbook(@PathVariable Long roundId) throws IOException {
    return workbook(supervision.roundSummary(roundId), roundId);
  }

  @Operation(summary = "下载通报（Word）：起草后办公室和领导小组可下载，印发后各单位可下载")
  @GetMapping("/api/supervisions/{roundId}/notice.docx")
  public ResponseEntity<byte[]> notice(@PathVariable Long roundId) throws IOException {
    SupervisionService.NoticeFile notice = supervision.noticeFile(roundId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NoticeDocument.write(notice.content(), notice.summary(), out);
    supervision.recordDocument(AuditAction.NOTICE_DOWNLOADED, notice.summary(), roundId);
    LOG.info("Notice of supervision round {} downloaded", roundId);
    return file(out.toByteArray(), NoticeDocument.CONTENT_TYPE, NoticeDocument.fileName(notice.content()));
  }

  private ResponseEntity<byte[]> workbook(QuarterSummary summary, Long roundId) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuarterWorkbook.write(summary, supervision.reportedBy(summary), out);
    supervision.recordDocument(AuditAction.SUMMARY_EXPORTED, summary, roundId);
    LOG.info("Quarter workbook of campaign {} {} exported", summary.campaignId(), summary.quarterCode());
    return file(out.toByteArray(), QuarterWorkbook.CONTENT_TYPE, QuarterWorkbook.fileName(summary));
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, String contentType, String name) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .body(bytes);
  }
}
