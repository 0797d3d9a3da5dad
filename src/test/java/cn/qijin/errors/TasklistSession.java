package cn.qijin.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A user logged in to Tasklist as the browser is: a session cookie and Camunda's CSRF token, for calls to
 * the web apps' engine API (/camunda/api/engine), which Tasklist's forms use.
 */
public final class TasklistSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final String base;

  public TasklistSession(int port, String user, String password) throws IOException, InterruptedException {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    // the first page sets the session and the CSRF token cookie
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("Tasklist login: " + login.body()).isEqualTo(200);
    // a new session after the login: a read fetches its CSRF token, as Tasklist's first call does
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
  }

  public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token())
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A modifying request as a forged page would send it: the session cookie, no CSRF token. */
  public HttpResponse<String> postWithoutToken(String path, String json) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A page as the browser asks for it (Accept: text/html). */
  public HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The value of a cookie the browser holds, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private String token() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }
}
