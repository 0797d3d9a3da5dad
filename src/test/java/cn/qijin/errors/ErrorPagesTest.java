package cn.qijin.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 14 part 6: every error page a user's browser can reach is Chinese, never Spring's Whitelabel page. */
@QijinSpringTest
class ErrorPagesTest {

  private static final String OFFICE = "errorpagesoffice";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @BeforeEach
  void office() {
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE, Roles.OFFICE);
  }

  @Test
  void the_office_opening_camunda_admin_is_told_in_chinese_that_admin_is_the_administrators() throws Exception {
    TasklistSession office = new TasklistSession(port, OFFICE, WebTestUsers.PASSWORD);

    HttpResponse<String> page = office.getPage("/camunda/app/admin/default/");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
    assertChinesePage(page.body(), "无权访问（403）");
    assertThat(page.body()).contains("只供系统管理员使用", "/camunda/app/tasklist/default/");
  }

  @Test
  void a_page_that_does_not_exist_is_a_chinese_404() throws Exception {
    TasklistSession office = new TasklistSession(port, OFFICE, WebTestUsers.PASSWORD);

    HttpResponse<String> page = office.getPage("/no-such-page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertChinesePage(page.body(), "页面不存在（404）");
  }

  @Test
  void the_pages_share_one_style_sheet() throws Exception {
    TasklistSession office = new TasklistSession(port, OFFICE, WebTestUsers.PASSWORD);

    HttpResponse<String> css = office.get("/error/qijin-error.css");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertThat(css.body()).contains("main {");
  }

  private static void assertChinesePage(String body, String heading) {
    assertThat(body).contains("<html lang=\"zh-CN\">", "<h1>" + heading + "</h1>", "/error/qijin-error.css")
        .doesNotContain("Whitelabel", "There was an unexpected error", "Forbidden", "Not Found");
  }
}
