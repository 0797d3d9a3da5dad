package cn.qijin.unit;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The unit registry as Excel (issue 14 part 1): the import template, importing a filled sheet (first as a preview,
 * then for real), and the export. The paths carry a dot, which no unit code can, so they never shadow a unit.
 */
@RestController
@RequestMapping("/api/units")
public class UnitSheetController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  /** A sheet of 10,000 units is well under 1 MB; anything far larger is no unit sheet. */
  static final long MAX_SHEET_BYTES = 10L * 1024 * 1024;

  static final String NDJSON = "application/x-ndjson";
  private static final Logger LOG = LoggerFactory.getLogger(UnitSheetController.class);

  private final UnitImport imports;
  private final UnitRegistryExport export;
  private final ObjectMapper json;

  public UnitSheetController(UnitImport imports, UnitRegistryExport export, ObjectMapper json) {
    this.imports = imports;
    this.export = export;
    this.json = json;
  }

  @OfficeOrLeadership
  @GetMapping("/import-template.xlsx")
  public ResponseEntity<byte[]> template() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnitSheet.writeTemplate(out);
    return workbook("单位名册导入模板.xlsx", out);
  }

  /** The registry, filtered as the list is, with each unit's accounts. */
  @OfficeOrLeadership
  @GetMapping("/registry.xlsx")
  public ResponseEntity<byte[]> registry(@RequestParam(required = false) String q,
      @RequestParam(required = false) String venue, @RequestParam(required = false) String state) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(q, UnitController.venueFilter(venue), UnitController.activeFilter(state), out);
    return workbook("单位名册.xlsx", out);
  }

  /**
   * Imports a filled sheet (multipart field {@code file}); with {@code preview=true} only says what it would do.
   * A sheet with any bad row is refused whole: 400, {@code details} naming each row and why.
   */
  @OfficeOnly
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportReport importSheet(@RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean preview) throws IOException {
    try (InputStream in = checked(file).getInputStream()) {
      return preview ? imports.preview(in) : imports.importSheet(in);
    }
  }

  /**
   * As {@link #importSheet}, for a page that shows progress ({@code ?progress=true}): the answer is
   * {@code application/x-ndjson}, one line
   * {@code {"done":n,"total":N}} every 50 rows while the units are written, then {@code {"report":…}} once
   * committed, or {@code {"error":"…"}} when it failed (nothing imported). A sheet refused before writing starts is
   * answered 400 (or 409) as usual.
   */
  @OfficeOnly
  @PostMapping(path = "/import", params = "progress=true", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public void importSheetWithProgress(@RequestPart("file") MultipartFile file, HttpServletResponse response)
      throws IOException {
    Stream stream = new Stream(response);
    ImportReport report;
    try (InputStream in = checked(file).getInputStream()) {
      report = imports.importSheet(in, (done, total) -> stream.line(Map.of("done", done, "total", total)));
    } catch (RuntimeException e) {
      if (!stream.started()) {
        throw e; // nothing sent yet: answered as any refusal is (400, 409, ...)
      }
      LOG.warn("Unit sheet import failed after it began, rolled back: {}", e.toString());
      stream.line(Map.of("error", e instanceof DataIntegrityViolationException
          ? "有单位或账号刚被他人登记，整张表没有导入任何内容，请重新上传" : "导入失败，整张表没有导入任何内容，请稍后重试"));
      return;
    }
    stream.line(Map.of("report", report));
  }

  /** The progress answer, begun with its first line. */
  private final class Stream {
    private final HttpServletResponse response;
    private OutputStream out;

    Stream(HttpServletResponse response) {
      this.response = response;
    }

    boolean started() {
      return out != null;
    }

    void line(Object value) {
      try {
        if (out == null) {
          response.setContentType(NDJSON + ";charset=UTF-8");
          out = response.getOutputStream();
        }
        out.write(json.writeValueAsBytes(value));
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static MultipartFile checked(MultipartFile file) {
    if (file.isEmpty()) {
      throw new InvalidInputException("上传的文件是空的，请选择填好的单位名册（.xlsx）");
    }
    if (file.getSize() > MAX_SHEET_BYTES) {
      throw new InvalidInputException("文件超过 10 MB，不是单位名册；请上传用导入模板填写的 .xlsx 表格");
    }
    return file;
  }

  private static ResponseEntity<byte[]> workbook(String fileName, ByteArrayOutputStream out) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(out.toByteArray());
  }
}
