package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, point 6: Swagger UI under its strict Content-Security-Policy (its own scripts and style sheets
 * only) still works in a real browser — it renders the API's Chinese description styled by its style
 * sheet, and "Try it out" calls the API — and the browser reports no policy violation meanwhile.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class SwaggerUiBrowserTest {

  private static final String OFFICE = "swaggeroffice";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  Chromium browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void swagger_ui_works_under_its_content_security_policy() {
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE, Roles.OFFICE);
    browser = Chromium.start();
    String base = "http://localhost:" + port;
    WebApps.login(browser, base, "tasklist", OFFICE, WebTestUsers.PASSWORD);

    browser.driver().get(base + "/api/docs");
    browser.await().withMessage("Swagger UI rendered the API's title")
        .until(textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"), "七进"));
    browser.js("window.qijinViolations = [];"
        + "document.addEventListener('securitypolicyviolation', e => window.qijinViolations.push(e.violatedDirective + ' '"
        + " + e.blockedURI));");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/api/swagger-ui/index.html");
    assertThat(browser.js("return getComputedStyle(document.querySelector('.swagger-ui .opblock')).borderTopStyle;"))
        .as("swagger-ui.css applied").isEqualTo("solid");

    WebElement units = browser.driver().findElements(By.cssSelector(".opblock-get")).stream()
        .filter(op -> op.findElement(By.cssSelector(".opblock-summary-path")).getText().equals("/api/units"))
        .findFirst().orElseThrow(() -> new AssertionError("GET /api/units not listed"));
    browser.click(units.findElement(By.cssSelector(".opblock-summary")));
    browser.click(browser.await().until(visibilityOfElementLocated(By.cssSelector(".opblock-get .try-out__btn"))));
    browser.click(browser.await().until(visibilityOfElementLocated(By.cssSelector(".opblock-get .execute"))));
    browser.await().withMessage("the call's answer shown")
        .until(textToBePresentInElementLocated(By.cssSelector(".opblock-get .live-responses-table tbody .response-col_status"),
            "200"));

    assertThat((List<?>) browser.js("return window.qijinViolations;")).as("CSP violations").isEmpty();
    browser.screenshot("swagger-ui");
  }
}
