package cn.qijin.largefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 50 MB file goes up and comes back down through a JVM held to -Xmx256m (the pom's "large-file"
 * execution): files are streamed, never held whole in memory. One byte over the limit is refused.
 */
@QijinSpringTest
class LargeUploadTest {

  private static final long LIMIT = 50L * 1024 * 1024;

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  Path file;
  String auth;

  @BeforeEach
  void officeUser() throws Exception {
    WebTestUsers.ensure(engine.getIdentityService(), "officelarge", Roles.OFFICE);
    auth = "Basic " + Base64.getEncoder().encodeToString(("officelarge:" + WebTestUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    file = Files.createTempFile("evidence-", ".pdf");
  }

  @AfterEach
  void deleteFile() throws Exception {
    Files.deleteIfExists(file);
  }

  @Test
  void a_fifty_megabyte_file_streams_through_a_small_heap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("heap of this test JVM").isLessThan(300L * 1024 * 1024);
    String sha = writePdf(file, LIMIT);
    HttpResponse<String> uploaded = upload(file, "活动录像材料.pdf");
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    assertThat(uploaded.body()).contains(sha).contains("\"size\":" + LIMIT);
  }

  @Test
  void one_byte_over_the_limit_is_refused_with_413_in_chinese() throws Exception {
    writePdf(file, LIMIT + 1);
    HttpResponse<String> refused = upload(file, "过大的文件.pdf");
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("文件超过大小上限");
  }

  private HttpResponse<String> upload(Path path, String name) throws Exception {
    String boundary = "qijin" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    var body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
        HttpRequest.BodyPublishers.ofFile(path), HttpRequest.BodyPublishers.ofByteArray(tail));
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/evidence/uploads"))
        .header("Authorization", auth)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(body).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A PDF header followed by random bytes, written in chunks; returns its SHA-256. */
  private static String writePdf(Path path, long size) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Random random = new Random(42);
    byte[] chunk = new byte[1024 * 1024];
    try (OutputStream out = Files.newOutputStream(path)) {
      byte[] header = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
      out.write(header);
      digest.update(header);
      long left = size - header.length;
      while (left > 0) {
        random.nextBytes(chunk);
        int n = (int) Math.min(chunk.length, left);
        out.write(chunk, 0, n);
        digest.update(chunk, 0, n);
        left -= n;
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
