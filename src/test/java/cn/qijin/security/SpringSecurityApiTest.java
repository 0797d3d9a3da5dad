package cn.qijin.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.errors.TasklistSession;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Issue 13: /api behind Spring Security answers as the hand-written filter did — the Chinese 401, the web
 * apps' session as a login (CSRF token for changes) — and a role is checked before the request body.
 */
@QijinSpringTest
class SpringSecurityApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @BeforeEach
  void accounts() {
    var identity = engine.getIdentityService();
    WebTestUsers.ensure(identity, "officetest", Roles.OFFICE);
    if (identity.createGroupQuery().groupId("unitSECAPI").count() == 0) {
      identity.saveGroup(identity.newGroup("unitSECAPI"));
    }
    WebTestUsers.ensure(identity, "secunit", "unitSECAPI");
  }

  @Test
  void an_anonymous_call_gets_the_chinese_401() {
    var anonymous = http.getForEntity("/api/campaigns", Map.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody()).containsEntry("status", 401).containsEntry("title", "未登录")
        .containsEntry("detail", "请先登录（用户名和密码有误或未提供）").containsEntry("details", java.util.List.of());
    assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic realm=");
    assertThat(anonymous.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    var wrongPassword = http.withBasicAuth("officetest", "wrong").getForEntity("/api/campaigns", Map.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrongPassword.getBody()).containsEntry("message", "请先登录（用户名和密码有误或未提供）");

    // a task form sends Camunda's CSRF header: the JSON message, no browser login dialog
    HttpHeaders form = new HttpHeaders();
    form.set("X-XSRF-TOKEN", "anything");
    var fromForm = http.exchange("/api/campaigns", HttpMethod.GET, new HttpEntity<>(form), Map.class);
    assertThat(fromForm.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromForm.getHeaders().containsKey("WWW-Authenticate")).isFalse();
  }

  @Test
  void engine_rest_answers_an_anonymous_call_in_camundas_shape_and_lists_its_engines_to_anyone() {
    var anonymous = http.getForEntity("/engine-rest/task", Map.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody()).containsEntry("type", "AuthenticationException")
        .containsEntry("message", "请先登录（用户名和密码有误或未提供）");
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("officetest", WebTestUsers.PASSWORD).getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_unit_gets_403_on_an_office_endpoint_whatever_the_body() {
    var unit = http.withBasicAuth("secunit", WebTestUsers.PASSWORD);
    for (String body : new String[] {"{\"code\":\"A-4\",\"email\":\"not-an-email\"}", "{not json", "{}"}) {
      var refused = unit.exchange("/api/units", HttpMethod.POST, json(body), Map.class);
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).as(body).containsEntry("message", "只有活动办公室可以进行此操作");
    }
    // the office gets the validation's 400 for the same body: the body is checked, after the role
    var office = http.withBasicAuth("officetest", WebTestUsers.PASSWORD)
        .exchange("/api/units", HttpMethod.POST, json("{\"code\":\"A-4\",\"email\":\"not-an-email\"}"), Map.class);
    assertThat(office.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void the_web_apps_session_logs_in_to_the_api_and_changes_need_the_csrf_token() throws Exception {
    var session = new TasklistSession(port, "officetest", WebTestUsers.PASSWORD);
    String sessionId = session.cookie("JSESSIONID");
    var read = session.get("/api/campaigns");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(session.cookie("JSESSIONID")).as("the web apps' session is only read, its id kept").isEqualTo(sessionId);

    var forged = session.postWithoutToken("/api/units", "{}");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(forged.body()).path("message").asText())
        .isEqualTo("请求缺少有效的防伪令牌（CSRF），请刷新页面后重试");

    // with the token the request reaches the endpoint: the office's role passes, the empty body does not
    var withToken = session.post("/api/units", "{}");
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(400);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
