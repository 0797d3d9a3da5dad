package cn.qijin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.qijin.campaign.Campaign;
import cn.qijin.errors.DatabaseUnavailable;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.PostgresAvailable;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12: the database goes away (a TCP proxy the test owns between the application and PostgreSQL is
 * cut). Requests answer within a few seconds — the pool's bounded wait — with 503, a Chinese message and
 * Retry-After, readiness is DOWN; once the link is back the node answers again by itself, and a due job
 * that failed meanwhile runs. Asked: /api (HTTP Basic), /engine-rest (HTTP Basic), Tasklist's engine API
 * (a session: the engine's own query fails, not the login check) and readiness.
 */
@ExtendWith(PostgresAvailable.class)
class DatabaseOutageTest {

  /** What "fail fast" means here: connection-timeout (3 s) plus the request's own work. */
  private static final Duration FAST = Duration.ofSeconds(8);
  private static final Duration RECOVERY = Duration.ofSeconds(15);
  private static final Pattern HOST_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.*)$");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void requests_fail_fast_with_503_while_the_database_is_away_and_the_node_recovers_by_itself() throws Exception {
    Matcher url = HOST_PORT.matcher(PostgresAvailable.url());
    assertThat(url.matches()).as("QIJIN_TEST_PG_URL of the form jdbc:postgresql://host:port/db").isTrue();
    try (CuttableProxy proxy = new CuttableProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)))) {
      ConfigurableApplicationContext node = ClusterSupport.start(
          "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.group(3),
          "--spring.datasource.username=" + PostgresAvailable.user(),
          "--spring.datasource.password=" + PostgresAvailable.password());
      try {
        String base = "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
        CampaignDriver drive = ClusterSupport.driver(node);
        WebTestUsers.ensure(drive.engine.getIdentityService(), "outageoffice", Roles.OFFICE);
        drive.retireExistingUnits();
        drive.at("2017-06-01T09:00");
        Unit enterprise = drive.unit("ENTERPRISE");
        Campaign campaign = ClusterSupport.campaignInPhase2(drive);
        ObligationEntity q3 = ClusterSupport.q3Of(node, campaign, enterprise);
        drive.at("2017-09-16T09:00");
        ManagementService management = drive.engine.getManagementService();
        Job reminder = management.createJobQuery().processInstanceId(q3.getProcessInstanceId())
            .activityId("ReminderDue").executable().singleResult();
        assertThat(reminder).as("the Q3 reminder timer is due").isNotNull();

        HttpRequest campaigns = get(base + "/api/campaigns", "outageoffice", WebTestUsers.PASSWORD);
        HttpRequest tasks = get(base + "/engine-rest/task", "admin", "test-admin");
        HttpRequest readiness = get(base + "/actuator/health/readiness", null, null);
        assertThat(send(campaigns).statusCode()).isEqualTo(200);
        assertThat(send(tasks).statusCode()).isEqualTo(200);
        assertThat(send(readiness).statusCode()).isEqualTo(200);
        // Tasklist's engine API with a session: no password check per request, the engine's own query fails
        HttpClient tasklist = tasklistSession(base, "admin", "test-admin");
        HttpRequest tasklistTasks = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/task"))
            .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        assertThat(tasklist.send(tasklistTasks, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        proxy.cut();
        long cutAt = System.nanoTime();

        // the first request may find a pooled connection and lose it mid-query; the next ones wait for the pool
        for (HttpRequest request : new HttpRequest[] {campaigns, tasks, tasklistTasks, campaigns}) {
          long started = System.nanoTime();
          HttpResponse<String> answer = request == tasklistTasks
              ? tasklist.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)) : send(request);
          Duration took = Duration.ofNanos(System.nanoTime() - started);
          System.out.printf("Database cut: %s answered %d in %d ms%n", request.uri().getPath(), answer.statusCode(),
              took.toMillis());
          assertThat(took).as("%s answered in %s", request.uri(), took).isLessThan(FAST);
          assertThat(answer.statusCode()).as("%s: %s", request.uri(), answer.body()).isEqualTo(503);
          assertThat(answer.headers().firstValue("Retry-After")).as(request.uri().toString())
              .hasValue(Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
          assertThat(answer.body()).contains(DatabaseUnavailable.MESSAGE)
              .doesNotContain("Exception:", "org.", "java.", "Hikari", "PSQL", "\tat ");
          if (request == campaigns) {
            assertThat(answer.body()).contains("\"status\":503");
          } else {
            assertThat(answer.body()).contains("\"type\":\"ServiceUnavailableException\"");
          }
        }
        long started = System.nanoTime();
        HttpResponse<String> down = send(readiness);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
        System.out.printf("Database cut: readiness answered %d in %d ms%n", down.statusCode(),
            Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("DOWN");

        // a due job executed while the database is away fails, quickly, for want of a connection ...
        started = System.nanoTime();
        Throwable failed = catchThrowable(() -> management.executeJob(reminder.getId()));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
        assertThat(failed).isNotNull();
        assertThat(DatabaseUnavailable.causedBy(failed)).as("%s", failed).isTrue();

        System.out.printf("Database cut: %d ms into the outage%n", Duration.ofNanos(System.nanoTime() - cutAt).toMillis());
        proxy.restore();
        long restoredAt = System.nanoTime();

        awaitStatus(readiness, 200);
        awaitStatus(campaigns, 200);
        awaitStatus(tasks, 200);
        assertThat(tasklist.send(tasklistTasks, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        System.out.printf("Database restored: all answer 200 after %d ms%n",
            Duration.ofNanos(System.nanoTime() - restoredAt).toMillis());

        // ... and is still there, due, after the link's return: it runs, and the reminder is written once
        Job after = management.createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(after).as("the reminder job survived the outage").isNotNull();
        assertThat(after.getRetries()).isPositive();
        management.executeJob(reminder.getId());
        assertThat(management.createJobQuery().jobId(reminder.getId()).count()).isZero();
        assertThat(ClusterSupport.reminders(node, q3)).isEqualTo(1);
      } finally {
        proxy.restore();
        node.close();
      }
    }
  }

  private void awaitStatus(HttpRequest request, int status) throws Exception {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    HttpResponse<String> last;
    do {
      last = send(request);
      if (last.statusCode() == status) {
        return;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(request.uri() + " still answers " + last.statusCode() + " " + RECOVERY
        + " after the database came back: " + last.body());
  }

  /** A client logged in to Tasklist as a browser is: session cookie, and Camunda's CSRF token for the login. */
  private static HttpClient tasklistSession(String base, String user, String password) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("Tasklist login: " + login.body()).isEqualTo(200);
    return client;
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest get(String uri, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (user != null) {
      builder.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return builder.GET().build();
  }
}
