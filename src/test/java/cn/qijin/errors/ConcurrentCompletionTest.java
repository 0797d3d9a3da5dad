package cn.qijin.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: two clients completing the same task at the same moment through /engine-rest. Exactly one
 * wins (204); the other gets 409 with a Chinese message in Camunda's error shape — whether the engine
 * tripped over optimistic locking, found the task gone or a listener met the ended execution — never 500;
 * and only the winner's submission is recorded (one evidence record per checklist item, one acceptance).
 */
@QijinSpringTest
class ConcurrentCompletionTest {

  private static final String OFFICE_A = "raceofficea";
  private static final String OFFICE_B = "raceofficeb";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private final ExecutorService clients = Executors.newFixedThreadPool(2);
  RawHttp http;
  CampaignDriver drive;
  Campaign campaign;
  Unit unit;
  String unitUser;
  String unitInstance;

  @BeforeEach
  void enterpriseInPhase2() {
    http = new RawHttp(port);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    unit = drive.unit("ENTERPRISE");
    unitUser = unit.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), unitUser, unit.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_A, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_B, Roles.OFFICE);
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    drive.at("2017-07-10T10:00");
    unitInstance = drive.unitInstance(campaign, unit).getId();
  }

  @AfterEach
  void stop() {
    clients.shutdownNow();
    ClockUtil.reset();
  }

  @Test
  void two_clients_submitting_the_same_checklist_item_at_once_one_wins_the_other_gets_409() throws Exception {
    List<Task> items = drive.tasks(unitInstance, "ImplementItemTask");
    assertThat(items).hasSizeGreaterThanOrEqualTo(5);
    List<String> losers = new ArrayList<>();
    for (int round = 0; round < items.size(); round++) {
      Task item = items.get(round);
      String first = drive.upload(unitUser, TestFiles.photo("甲.png"));
      String second = drive.upload(unitUser, TestFiles.photo("乙.png"));

      List<RawHttp.Response> answers = race(
          () -> submit(unitUser, item, itemRecord(first)),
          () -> submit(unitUser, item, itemRecord(second)));

      assertOneWonOneConflicted(answers, "checklist item " + item.getId());
      losers.add(loser(answers).body());
      assertThat(jdbc.queryForObject("select count(*) from evidence where campaign_id = ? and unit_id = ?", Long.class,
          campaign.getId(), unit.getId())).as("evidence records after round " + round).isEqualTo(round + 1);
      assertThat(jdbc.queryForObject("select count(*) from evidence_file f join evidence e on e.id = f.evidence_id "
          + "where e.campaign_id = ? and e.unit_id = ?", Long.class, campaign.getId(), unit.getId())).isEqualTo(round + 1);
    }
    assertThat(jdbc.queryForObject("select count(distinct checklist_item_id) from evidence where campaign_id = ? "
        + "and unit_id = ?", Long.class, campaign.getId(), unit.getId())).isEqualTo(items.size());
    assertThat(jdbc.queryForObject("select count(*) from checklist_progress where campaign_id = ? and unit_id = ? "
        + "and state = 'SUBMITTED'", Long.class, campaign.getId(), unit.getId())).isEqualTo(items.size());
    System.out.println("Losers of the submission races: " + losers);
  }

  @Test
  void two_office_users_accepting_the_same_review_at_once_one_wins_the_other_gets_409() throws Exception {
    List<Task> items = drive.tasks(unitInstance, "ImplementItemTask");
    for (Task item : items.subList(0, 4)) {
      drive.completeAs(unitUser, unit.groupId(), item, CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    }
    List<Task> reviews = drive.tasks(unitInstance, "ReviewItemTask");
    assertThat(reviews).hasSize(4);
    for (Task review : reviews) {
      Map<String, Object> accept = Map.of("reviewApproved", typed(true, "Boolean"), "reviewComment", typed("同意销号", "String"));
      List<RawHttp.Response> answers = race(() -> submit(OFFICE_A, review, accept), () -> submit(OFFICE_B, review, accept));
      assertOneWonOneConflicted(answers, "review " + review.getId());
    }
    assertThat(jdbc.queryForObject("select count(*) from checklist_progress where campaign_id = ? and unit_id = ? "
        + "and state = 'ACCEPTED'", Long.class, campaign.getId(), unit.getId())).isEqualTo(4);
    // each acceptance recorded once in the audit trail
    assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CHECKLIST_ACCEPTED' and unit_id = ?",
        Long.class, unit.getId())).isEqualTo(4);
  }

  @Test
  void completing_a_task_someone_else_completed_earlier_is_409_and_an_unknown_task_404() throws Exception {
    Task item = drive.tasks(unitInstance, "ImplementItemTask").get(0);
    String upload = drive.upload(unitUser, TestFiles.photo("丙.png"));
    assertThat(submit(unitUser, item, itemRecord(upload)).status()).isEqualTo(204);

    for (String action : List.of("submit-form", "complete")) {
      RawHttp.Response late = post(unitUser, "/engine-rest/task/" + item.getId() + "/" + action, Map.of("variables", Map.of()));
      assertThat(late.status()).as(action).isEqualTo(409);
      assertThat(late.json()).containsEntry("type", "ConflictException").containsEntry("message", "该任务已被他人完成，请刷新任务列表");

      RawHttp.Response unknown = post(unitUser, "/engine-rest/task/999999999/" + action, Map.of("variables", Map.of()));
      assertThat(unknown.status()).as(action).isEqualTo(404);
      assertThat(unknown.json()).containsEntry("message", "未找到该任务，可能已被删除或编号有误");
      assertThat((String) unknown.json().get("message")).doesNotContain("NullValueException", "task is null", "Exception");
    }
  }

  @Test
  void tasklist_answers_in_chinese_too_when_the_task_was_completed_meanwhile() throws Exception {
    Task item = drive.tasks(unitInstance, "ImplementItemTask").get(0);
    var tasklist = new TasklistSession(port, unitUser, WebTestUsers.PASSWORD);
    String path = "/camunda/api/engine/engine/default/task/" + item.getId() + "/submit-form";
    String upload = drive.upload(unitUser, TestFiles.photo("丁.png"));
    var done = tasklist.post(path, json.writeValueAsString(Map.of("variables", itemRecord(upload))));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    var late = tasklist.post(path, json.writeValueAsString(Map.of("variables", Map.of())));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json.readTree(late.body()).path("message").asText()).isEqualTo("该任务已被他人完成，请刷新任务列表");
    var unknown = tasklist.post(path.replace(item.getId(), "999999999"), "{\"variables\":{}}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json.readTree(unknown.body()).path("type").asText()).isEqualTo("InvalidRequestException");
  }

  private void assertOneWonOneConflicted(List<RawHttp.Response> answers, String what) {
    assertThat(answers).as(what + ": " + answers).extracting(RawHttp.Response::status).containsExactlyInAnyOrder(204, 409);
    Map<String, Object> conflict = loser(answers).json();
    assertThat(conflict).as(what).containsEntry("type", "ConflictException").containsKey("code");
    assertThat((String) conflict.get("message")).as(what).matches(".*[\\u4e00-\\u9fff].*").contains("他人");
  }

  private static RawHttp.Response loser(List<RawHttp.Response> answers) {
    return answers.stream().filter(a -> a.status() != 204).findFirst().orElseThrow();
  }

  /** Runs both at the same moment (as far as two threads can) and returns both answers. */
  private List<RawHttp.Response> race(java.util.concurrent.Callable<RawHttp.Response> one,
      java.util.concurrent.Callable<RawHttp.Response> other) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    Future<RawHttp.Response> a = clients.submit(() -> {
      start.await();
      return one.call();
    });
    Future<RawHttp.Response> b = clients.submit(() -> {
      start.await();
      return other.call();
    });
    return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
  }

  private RawHttp.Response submit(String user, Task task, Map<String, Object> variables) {
    return post(user, "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables));
  }

  private RawHttp.Response post(String user, String path, Object body) {
    try {
      return http.send("POST", path, json.writeValueAsBytes(body), "Authorization", RawHttp.basic(user, WebTestUsers.PASSWORD),
          "Content-Type", "application/json");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> itemRecord(String uploads) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("activityDate", typed("2017-07-05", "String"));
    variables.put("activityPlace", typed("培训室", "String"));
    variables.put("participantCount", typed(20L, "Long"));
    variables.put("activityThemes", typed("T5,T6", "String"));
    variables.put("activitySummary", typed("开展了安全教育。", "String"));
    variables.put("evidenceUploads", typed(uploads, "String"));
    return variables;
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
