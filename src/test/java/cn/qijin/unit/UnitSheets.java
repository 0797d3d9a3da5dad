package cn.qijin.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Unit sheets as a clerk fills them (the template's columns), and the multipart request that uploads one. */
public final class UnitSheets {

  public static final List<String> HEADERS =
      List.of("单位代码", "单位名称", "场所类型", "附加场所类型", "联系人", "电话", "邮箱", "状态", "员工账号");

  private final List<List<String>> rows = new ArrayList<>();

  public static UnitSheets sheet() {
    return new UnitSheets();
  }

  /** A row with the template's nine columns. */
  public UnitSheets row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  /** A valid unit of the given venue, with one account, e.g. {@code unit("IMP01", "企业", "imp01zhang")}. */
  public UnitSheets unit(String code, String venue, String account) {
    return row(code, "测试单位" + code, venue, "", "张三", "0632-1234567", "", "", account + "（张三）");
  }

  public byte[] bytes() {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("单位名册");
      var header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static HttpEntity<LinkedMultiValueMap<String, Object>> upload(byte[] content) {
    return upload(content, MediaType.APPLICATION_JSON);
  }

  /** The upload of a page that wants progress lines ({@code application/x-ndjson}). */
  public HttpEntity<LinkedMultiValueMap<String, Object>> uploadWithProgress() {
    return upload(bytes(), MediaType.parseMediaType("application/x-ndjson"), MediaType.APPLICATION_PROBLEM_JSON);
  }

  /** The upload with these Accept types. */
  static HttpEntity<LinkedMultiValueMap<String, Object>> upload(byte[] content, MediaType... accept) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "单位名册.xlsx";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(List.of(accept));
    return new HttpEntity<>(body, headers);
  }

  public HttpEntity<LinkedMultiValueMap<String, Object>> upload() {
    return upload(bytes());
  }
}
