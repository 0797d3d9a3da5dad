package cn.qijin.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests exactly as written — any method, raw percent-encoded paths, any body and content type, odd
 * multipart — which RestTemplate would tidy up or refuse to send.
 */
final class RawHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  RawHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  /** One request; headers in pairs (name, value). */
  Response send(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers(), new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + abbreviate(path), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
  }

  record Response(int status, HttpHeaders headers, String body) {

    /** The body as a JSON object, or an empty map when it is none. */
    Map<String, Object> json() {
      try {
        JsonNode node = JSON.readTree(body);
        if (node != null && node.isObject()) {
          @SuppressWarnings("unchecked")
          Map<String, Object> map = JSON.convertValue(node, Map.class);
          return map;
        }
      } catch (IOException e) {
        // not JSON
      }
      return new LinkedHashMap<>();
    }
  }
}
