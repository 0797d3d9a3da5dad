package cn.qijin.evidence;

import cn.qijin.security.CurrentUser;
import cn.qijin.security.OfficeOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** ORG-2: venue evidence over REST — upload from task forms, search, read, download, export. */
@RestController
@Tag(name = "佐证材料", description = "上传、检索、下载和导出各单位的佐证材料")
public class EvidenceController {

  private final EvidenceUploads uploads;
  private final EvidenceService evidence;
  private final EvidenceStore store;
  private final CurrentUser currentUser;

  public EvidenceController(EvidenceUploads uploads, EvidenceService evidence, EvidenceStore store,
      CurrentUser currentUser) {
    this.uploads = uploads;
    this.evidence = evidence;
    this.store = store;
    this.currentUser = currentUser;
  }

  @Operation(summary = "上传文件（任务表单在提交任务前调用；文件在任务完成时成为佐证材料）")
  @PostMapping(path = "/api/evidence/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<List<EvidenceUploads.UploadView>> upload(@RequestParam("files") List<MultipartFile> files) {
    var views = uploads.upload(files.stream().map(EvidenceUploads.Incoming::of).toList(), currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(views);
  }

  @Operation(summary = "检索佐证材料（按活动、单位、场所、检查项、季度、主题、审核状态、日期范围，分页）")
  @GetMapping("/api/evidence")
  public org.springframework.data.domain.Page<EvidenceView> search(@RequestParam(required = false) Long campaign,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String venue,
      @RequestParam(required = false) String item, @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String theme, @RequestParam(required = false) String state,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return evidence.search(new EvidenceService.Search(campaign, unit, venue, item, quarter, theme, state, from, to, page, size));
  }

  @Operation(summary = "查看一条佐证材料及其文件（含 SHA-256 校验值）")
  @GetMapping("/api/evidence/{id}")
  public EvidenceView one(@PathVariable Long id) {
    return evidence.one(id);
  }

  @Operation(summary = "下载或在线查看文件（图片、PDF 在浏览器中打开；每次下载都记录）")
  @GetMapping("/api/evidence/files/{fileId}")
  public ResponseEntity<InputStreamResource> download(@PathVariable Long fileId,
      @RequestParam(defaultValue = "false") boolean download) throws IOException {
    Evidence.File file = evidence.fileForDownload(fileId);
    boolean inline = !download && FileTypes.showsInline(file.contentType());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .contentLength(file.size())
        .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-SHA256", file.sha256())
        .body(new InputStreamResource(store.open(file.sha256())));
  }

  @OfficeOnly
  @Operation(summary = "导出某单位或某季度的全部佐证材料（ZIP，仅活动办公室）")
  @GetMapping(path = "/api/evidence/export", produces = "application/zip")
  public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String unit,
      @RequestParam(required = false) String quarter) {
    List<Evidence> records = evidence.forExport(unit, quarter);
    String name = "佐证材料-" + (unit == null ? "" : unit) + (quarter == null ? "" : quarter) + ".zip";
    StreamingResponseBody body = out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        Set<String> used = new HashSet<>();
        for (Evidence record : records) {
          String folder = evidence.unitCodeOf(record.getUnitId()) + "/" + record.getId() + "/";
          for (Evidence.File file : record.getFiles()) {
            String entry = folder + file.fileName();
            if (!used.add(entry)) {
              entry = folder + file.id() + "-" + file.fileName();
            }
            zip.putNextEntry(new ZipEntry(entry));
            try (InputStream in = store.open(file.sha256())) {
              in.transferTo(zip);
            }
            zip.closeEntry();
          }
        }
      }
    };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .body(body);
  }
}
