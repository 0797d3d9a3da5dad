package cn.qijin.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Login throttling over HTTP (issue 10): a stranger's failures throttle the stranger and never stop the real user
 * on any surface (the web apps' login, /engine-rest, /api), the engine never locks the account, one client trying
 * many accounts is throttled, a success clears the count, failures reach the audit trail the administrator reads.
 * Clients are told apart by X-Forwarded-For, which the test profile trusts from the loopback address.
 */
@QijinSpringTest
class LoginThrottleWebTest {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "test-admin"; // application-test.yml
  private static final String WRONG = "not-the-password";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired LoginThrottle throttle;
  @Autowired LoginFailureAudit audit;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void users() {
    throttle.reset();
    WebTestUsers.ensure(identity, "officethr", Roles.OFFICE);
    WebTestUsers.ensure(identity, "leaderthr", Roles.LEADERSHIP);
  }

  @AfterEach
  void noAccountStaysThrottled() {
    throttle.reset();
  }

  @Test
  void a_strangers_failures_on_the_login_page_throttle_him_and_never_stop_the_real_user() throws Exception {
    strangerFailsThenRealUserLogsIn("officethr", "203.0.113.11", "198.51.100.11", this::webappLogin);
  }

  @Test
  void a_strangers_failures_on_engine_rest_throttle_him_and_never_stop_the_real_user() throws Exception {
    strangerFailsThenRealUserLogsIn("officethr", "203.0.113.12", "198.51.100.12", this::engineRest);
  }

  @Test
  void a_strangers_failures_on_api_throttle_him_and_never_stop_the_real_user() throws Exception {
    strangerFailsThenRealUserLogsIn("officethr", "203.0.113.13", "198.51.100.13", this::api);
  }

  @Test
  void strangers_at_many_addresses_slow_a_new_computer_by_two_seconds_at_most_and_the_usual_one_not_at_all() {
    String usual = "198.51.100.31";
    assertThat(engineRest(usual, "leaderthr", WebTestUsers.PASSWORD).getStatusCode().value()).isEqualTo(200);
    for (int i = 0; i < 30; i++) {
      assertThat(engineRest("192.0.2." + (i + 1), "leaderthr", WRONG).getStatusCode().value()).isIn(401, 429);
    }
    assertThat(engineRest(usual, "leaderthr", WebTestUsers.PASSWORD).getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> newcomer = engineRest("198.51.100.30", "leaderthr", WebTestUsers.PASSWORD);
    if (newcomer.getStatusCode().value() == 429) {
      assertThat(Integer.parseInt(newcomer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isLessThanOrEqualTo(2);
    } else {
      assertThat(newcomer.getStatusCode().value()).isEqualTo(200);
    }
    assertNotLockedInTheEngine("leaderthr");
  }

  @Test
  void a_wrong_password_on_the_open_health_endpoint_counts_although_health_answers() {
    String client = "203.0.113.26";
    for (int i = 0; i < 5; i++) {
      HttpHeaders headers = client(client);
      headers.setBasicAuth("officethr", WRONG);
      assertThat(http.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(headers), String.class)
          .getStatusCode().value()).isEqualTo(200);
    }
    HttpHeaders headers = client(client);
    headers.setBasicAuth("officethr", WRONG);
    assertThat(http.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode().value()).isEqualTo(429);
  }

  @Test
  void the_engine_itself_no_longer_locks_an_account_after_many_wrong_passwords() {
    for (int i = 0; i < 25; i++) {
      assertThat(identity.checkPassword("leaderthr", WRONG)).isFalse();
    }
    assertNotLockedInTheEngine("leaderthr");
    assertThat(identity.checkPassword("leaderthr", WebTestUsers.PASSWORD)).isTrue();
  }

  @Test
  void one_client_trying_many_accounts_is_throttled_as_a_client() throws Exception {
    String client = "203.0.113.20";
    for (int i = 0; i < 20; i++) {
      assertThat(api(client, "nobody" + i, WRONG).getStatusCode().value()).as("attempt %d", i).isEqualTo(401);
    }
    ResponseEntity<String> next = api(client, "someone-else", WRONG);
    assertThat(next.getStatusCode().value()).isEqualTo(429);
    assertThat(json.readTree(next.getBody()).path("message").asText()).contains("此地址登录失败次数过多");
    assertThat(api(client, "officethr", WebTestUsers.PASSWORD).getStatusCode().value())
        .as("even with the right password from that client").isEqualTo(429);
    assertThat(api("198.51.100.20", "officethr", WebTestUsers.PASSWORD).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void a_success_clears_the_count_of_that_client_and_account() {
    String client = "198.51.100.21";
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(engineRest(client, "officethr", WRONG).getStatusCode().value()).isEqualTo(401);
      }
      assertThat(engineRest(client, "officethr", WebTestUsers.PASSWORD).getStatusCode().value()).isEqualTo(200);
    }
  }

  @Test
  void a_wrong_basic_password_is_a_failure_even_when_a_session_would_let_the_request_through() throws Exception {
    WebSession session = webappSession("198.51.100.22");
    assertThat(session.login("officethr", WebTestUsers.PASSWORD).getStatusCode().value()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      HttpHeaders headers = session.headers();
      headers.setBasicAuth("leaderthr", WRONG);
      ResponseEntity<String> response = http.exchange("/api/audit/actions", HttpMethod.GET, new HttpEntity<>(headers),
          String.class);
      assertThat(response.getStatusCode().value()).as("the session answers").isEqualTo(200);
    }
    assertThat(api("198.51.100.22", "leaderthr", WRONG).getStatusCode().value()).isEqualTo(429);
  }

  @Test
  void a_wrong_current_password_when_changing_a_password_counts_as_a_failed_login() throws Exception {
    WebSession session = webappSession("198.51.100.23");
    assertThat(session.login("officethr", WebTestUsers.PASSWORD).getStatusCode().value()).isEqualTo(200);
    Map<String, String> change = Map.of("password", "new-secret-1", "authenticatedUserPassword", WRONG);
    for (int i = 0; i < 5; i++) {
      ResponseEntity<String> wrong = session.put("/camunda/api/engine/engine/default/user/officethr/credentials", change);
      assertThat(wrong.getStatusCode().value()).as(wrong.getBody() + " " + wrong.getHeaders()).isEqualTo(400);
    }
    assertThat(session.put("/camunda/api/engine/engine/default/user/officethr/credentials", change)
        .getStatusCode().value()).isEqualTo(429);
    assertThat(identity.checkPassword("officethr", WebTestUsers.PASSWORD)).as("unchanged").isTrue();
  }

  @Test
  void camundas_password_verification_endpoint_is_closed() {
    HttpHeaders headers = client("198.51.100.24");
    headers.setBasicAuth(ADMIN, ADMIN_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.exchange("/engine-rest/identity/verify", HttpMethod.POST,
        new HttpEntity<>("{\"username\":\"officethr\",\"password\":\"guess\"}", headers), String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void failed_logins_are_on_the_audit_trail_for_the_administrator() throws Exception {
    String stranger = "203.0.113.25";
    webappLogin(stranger, "leaderthr", WRONG);
    engineRest(stranger, "leaderthr", WRONG);
    for (int i = 0; i < 13; i++) {
      api(stranger, "leaderthr", WRONG); // three more failures (the pair has five), then ten refused
    }
    List<JsonNode> entries = awaitAuditEntries("leaderthr", stranger, found -> found.size() >= 5);
    assertThat(entries).hasSize(5);
    assertThat(entries).extracting(e -> e.path("actionName").asText()).containsOnly("登录失败");
    assertThat(entries).extracting(e -> e.path("detail").asText())
        .anyMatch(d -> d.contains("Tasklist/Cockpit/Admin 登录页（tasklist）"))
        .anyMatch(d -> d.contains("/engine-rest"))
        .anyMatch(d -> d.contains("/api"))
        .allMatch(d -> d.contains("账号“leaderthr”登录失败"))
        .noneMatch(d -> d.contains(WRONG));

    audit.flushAll();
    awaitAuditEntries("leaderthr", stranger,
        found -> found.stream().anyMatch(e -> e.path("detail").asText().contains("10 次登录尝试因失败过多被拒绝")));
  }

  // --- the scenario every surface shares --------------------------------------------------------------------

  private void strangerFailsThenRealUserLogsIn(String account, String stranger, String realUser,
      Surface surface) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    ResponseEntity<String> refused = null;
    for (int i = 0; i < 30; i++) {
      ResponseEntity<String> response = surface.attempt(stranger, account, WRONG);
      statuses.add(response.getStatusCode().value());
      if (response.getStatusCode().value() == 429) {
        refused = response;
      }
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.get(5)).as("the stranger is throttled").isEqualTo(429);
    // while he keeps trying, an attempt now and then passes as the delay (1, 2, 4, 8 … s) runs out
    assertThat(statuses.subList(5, 30)).isSubsetOf(429, 401);
    assertThat(statuses.stream().filter(s -> s == 401).count()).as(statuses.toString()).isLessThanOrEqualTo(5 + 4);
    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(json.readTree(refused.getBody()).path("message").asText()).contains("登录失败次数过多", "秒后再试");

    // the real user, from another computer, right away
    assertThat(surface.attempt(realUser, account, WebTestUsers.PASSWORD).getStatusCode().value()).isEqualTo(200);
    assertNotLockedInTheEngine(account);
  }

  @FunctionalInterface
  private interface Surface {
    ResponseEntity<String> attempt(String client, String user, String password) throws Exception;
  }

  private void assertNotLockedInTheEngine(String account) {
    UserEntity user = (UserEntity) identity.createUserQuery().userId(account).singleResult();
    Date lock = user.getLockExpirationTime();
    assertThat(lock == null || !lock.after(ClockUtil.getCurrentTime())).as("locked until %s", lock).isTrue();
    assertThat(user.getAttempts()).isLessThan(Integer.MAX_VALUE);
  }

  /** The administrator's view of the trail: the failed logins of that account from that client, once {@code done}. */
  private List<JsonNode> awaitAuditEntries(String actor, String client, Predicate<List<JsonNode>> done)
      throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (true) {
      ResponseEntity<String> page = http.withBasicAuth(ADMIN, ADMIN_PASSWORD)
          .getForEntity("/api/audit?action=LOGIN_FAILED&actor={actor}&size=200", String.class, actor);
      assertThat(page.getStatusCode().value()).as("the administrator reads the trail").isEqualTo(200);
      List<JsonNode> found = new ArrayList<>();
      json.readTree(page.getBody()).path("content").forEach(e -> {
        if (e.path("detail").asText().contains(client)) {
          found.add(e);
        }
      });
      if (done.test(found)) {
        return found;
      }
      assertThat(System.currentTimeMillis()).as("audit entries of %s from %s: %s", actor, client, found)
          .isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  // --- the surfaces ------------------------------------------------------------------------------------------

  private ResponseEntity<String> engineRest(String client, String user, String password) {
    HttpHeaders headers = client(client);
    headers.setBasicAuth(user, password);
    return http.exchange("/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> api(String client, String user, String password) {
    HttpHeaders headers = client(client);
    headers.set(HttpHeaders.AUTHORIZATION, "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return http.exchange("/api/audit/actions", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> webappLogin(String client, String user, String password) {
    return webappSession(client).login(user, password);
  }

  private static HttpHeaders client(String address) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", address);
    return headers;
  }

  private WebSession webappSession(String client) {
    return new WebSession(client);
  }

  /** A browser of the web apps: its cookies (session, CSRF token) and its address. */
  private final class WebSession {

    private final String client;
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

    WebSession(String client) {
      this.client = client;
      remember(http.exchange("/camunda/app/tasklist/", HttpMethod.GET, new HttpEntity<>(headers()), String.class));
      remember(http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(headers()),
          String.class));
    }

    ResponseEntity<String> login(String user, String password) {
      HttpHeaders headers = headers();
      headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
          + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
      ResponseEntity<String> response = remember(http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
          HttpMethod.POST, new HttpEntity<>(form, headers), String.class));
      if (response.getStatusCode().value() == 200) {
        // as Tasklist does next: the new session's CSRF token
        remember(http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(headers()),
            String.class));
      }
      return response;
    }

    ResponseEntity<String> put(String path, Object body) throws Exception {
      HttpHeaders headers = headers();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return remember(http.exchange(path, HttpMethod.PUT, new HttpEntity<>(json.writeValueAsString(body), headers),
          String.class));
    }

    HttpHeaders headers() {
      HttpHeaders headers = client(client);
      headers.set(HttpHeaders.ORIGIN, "http://localhost:" + port);
      if (!cookies.isEmpty()) {
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      if (cookies.containsKey("XSRF-TOKEN")) {
        headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
      }
      return headers;
    }

    private ResponseEntity<String> remember(ResponseEntity<String> response) {
      List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
      if (set != null) {
        for (String cookie : set) {
          String pair = cookie.split(";", 2)[0];
          int eq = pair.indexOf('=');
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      return response;
    }
  }
}
