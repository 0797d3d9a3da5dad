package cn.qijin.migration;

import static cn.qijin.support.CampaignDriver.accept;
import static cn.qijin.support.CampaignDriver.itemRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.deployment.ProcessArchiveResources;
import cn.qijin.deployment.QijinProcessApplication;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.ProcessArchiveRelease;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, point 6 — upgrade with running campaigns. A campaign runs on the deployed version N; a
 * release deploys N+1 the way the application deploys its process archive at start-up; the running
 * instances stay on N until the administrator migrates them through /api/admin/migrations, after
 * which they finish on N+1 with their tasks, timers, variables, forms and history. Each test removes
 * its release again (the engine and its deployments are shared by every test class of the JVM).
 */
@QijinSpringTest
class CampaignMigrationTest {

  static final String UNIT_MODEL = "bpmn/qijin-unit-campaign.bpmn";
  static final String UNIT_PROCESS = "qijin_unit_campaign";
  static final String SUMMARY_V2 = "提交自查总结（新版）";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired TestRestTemplate http;
  @Autowired QijinProcessApplication processApplication;
  @Autowired ProcessArchiveResources archive;

  CampaignDriver drive;
  ProcessArchiveRelease release;
  TestRestTemplate admin;
  String campaignInstanceId;

  @BeforeEach
  void setUp() {
    init(engine);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    release = new ProcessArchiveRelease(engine, processApplication, archive);
    // the test profile's Camunda administrator (group camunda-admin)
    admin = http.withBasicAuth("admin", "test-admin");
  }

  @AfterEach
  void removeRelease() {
    if (campaignInstanceId != null
        && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaignInstanceId).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(campaignInstanceId, "test cleanup", true);
    }
    ClockUtil.reset();
    release.undeploy();
  }

  /**
   * PH-2 under way (parallel checklist branches with open tasks, the PH-2 end and PH-3 start timers, six
   * quarterly obligations called): the release leaves the instances on N; the administrator previews and
   * migrates the campaign's unit processes; they go on and end on N+1, history from N kept.
   */
  @Test
  void running_unit_processes_stay_on_their_version_until_the_administrator_migrates_them_and_then_finish_on_the_new_one() {
    Unit enterprise = drive.unit("ENTERPRISE");
    Unit community = drive.unit("COMMUNITY");
    Campaign campaign = startAndIssuePlan();
    ProcessInstance ent = drive.unitInstance(campaign, enterprise);
    ProcessInstance com = drive.unitInstance(campaign, community);
    drive.completeAs("u1", enterprise.groupId(), drive.task(ent.getId(), "AcknowledgePlanTask"), Map.of("ackSignerName", "张伟"));
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaignInstanceId);
    drive.at("2017-07-10T10:00");
    drive.completeAs("u1", enterprise.groupId(), drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-1"),
        itemRecord(LocalDate.of(2017, 7, 5)));
    assertThat(ent).isWaitingAt("ImplementItemTask", "ReviewItemTask", "UnitPhase3Started", "QuarterlyObligations");
    assertThat(com).isWaitingAt("AcknowledgePlanTask", "ImplementItemTask", "UnitPhase3Started");

    ProcessDefinition n = definitionOf(ent);
    Set<String> historyOnN = historyIds(ent);
    Map<String, Object> variablesOnN = engine.getRuntimeService().getVariables(ent.getId());
    Set<Date> timersOnN = timers(ent).stream().map(Job::getDuedate).collect(Collectors.toSet());
    assertThat(timersOnN).contains(CampaignDriver.shanghai("2018-01-01T00:00"));

    Deployment deployed = release.changeModel(UNIT_MODEL, CampaignMigrationTest::renameSummaryAndAddConfirmation).deploy();
    ProcessDefinition n1 = latest(UNIT_PROCESS);
    assertThat(n1.getVersion()).isEqualTo(n.getVersion() + 1);
    assertThat(n1.getDeploymentId()).isEqualTo(deployed.getId());
    // Camunda's default: a new version does not touch running instances
    assertThat(definitionOf(ent).getId()).isEqualTo(n.getId());
    assertThat(definitionOf(com).getId()).isEqualTo(n.getId());

    // Preview: the versions in use and the latest one; a dry run that changes nothing.
    ResponseEntity<Map> preview = admin.getForEntity("/api/admin/migrations?campaignId=" + campaign.getId(), Map.class);
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody()).containsEntry("migratable", true);
    Map<String, Object> unitPreview = process(preview.getBody(), UNIT_PROCESS);
    assertThat(unitPreview).containsEntry("latestVersion", n1.getVersion()).containsEntry("runningInstances", 2)
        .containsEntry("onLatestVersion", 0);
    Map<String, Object> fromN = only(unitPreview.get("olderVersions"));
    assertThat(fromN).containsEntry("version", n.getVersion()).containsEntry("instances", 2)
        .containsEntry("modelChanged", true).containsEntry("migratable", true);
    assertThat((String) fromN.get("summary")).isEqualTo("第 " + n.getVersion() + " 版 → 第 " + n1.getVersion() + " 版：2 个实例可以迁移");
    // the release redeploys the whole archive: the campaign's own process has a new, identical version
    Map<String, Object> campaignFromN = only(process(preview.getBody(), "qijin_campaign").get("olderVersions"));
    assertThat(campaignFromN).containsEntry("modelChanged", false).containsEntry("migratable", true);
    assertThat(definitionOf(ent).getId()).isEqualTo(n.getId());

    // Migrate the campaign's unit processes.
    ResponseEntity<Map> migrated = admin.postForEntity("/api/admin/migrations",
        Map.of("campaignId", campaign.getId(), "processKey", UNIT_PROCESS), Map.class);
    assertThat(migrated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(migrated.getBody()).containsEntry("migratedInstances", 2);
    assertThat(only(migrated.getBody().get("processes"))).containsEntry("processKey", UNIT_PROCESS)
        .containsEntry("fromVersions", List.of(n.getVersion())).containsEntry("toVersion", n1.getVersion())
        .containsEntry("instances", 2);

    assertThat(definitionOf(ent).getId()).isEqualTo(n1.getId());
    assertThat(definitionOf(com).getId()).isEqualTo(n1.getId());
    assertThat(definitionOf(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaignInstanceId).singleResult()).getId()).as("only the unit processes were asked for")
        .isNotEqualTo(latest("qijin_campaign").getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(ent.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(n1.getId());
    // tasks, timers and variables carried over unchanged
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(ent.getId()).list())
        .hasSize(8).allMatch(t -> t.getProcessDefinitionId().equals(n1.getId()));
    assertThat(drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-2").getName()).startsWith("落实 ENT-2：");
    assertThat(timers(ent)).allMatch(j -> j.getProcessDefinitionId().equals(n1.getId()));
    assertThat(timers(ent).stream().map(Job::getDuedate).collect(Collectors.toSet())).isEqualTo(timersOnN);
    assertThat(engine.getRuntimeService().getVariables(ent.getId())).isEqualTo(variablesOnN);
    // the task's form resolves in N+1's deployment, for the engine and for Tasklist's REST call
    Task ent2 = drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-2");
    assertThat(engine.getFormService().getTaskFormKey(ent2.getProcessDefinitionId(), "ImplementItemTask"))
        .isEqualTo("embedded:deployment:forms/implement-item.html");
    assertThat(deployedForm(ent2)).isEqualTo(archive.load().get("forms/implement-item.html"));
    ResponseEntity<String> tasklistForm = admin.getForEntity("/engine-rest/task/" + ent2.getId() + "/deployed-form", String.class);
    assertThat(tasklistForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklistForm.getBody()).contains("cam-variable-name");

    // Audited: who, the campaign, the process, versions and count; and per instance.
    List<Map<String, Object>> audited = jdbc.queryForList("select actor, action, subject_type, subject_id, unit_id,"
        + " process_instance_id, detail from audit_event where campaign_id = ? and action in"
        + " ('PROCESSES_MIGRATED', 'PROCESS_INSTANCE_MIGRATED') order by id", campaign.getId());
    assertThat(audited).hasSize(3).allMatch(row -> "admin".equals(row.get("ACTOR")));
    assertThat(audited.get(0)).containsEntry("ACTION", "PROCESSES_MIGRATED").containsEntry("SUBJECT_TYPE", "CAMPAIGN")
        .containsEntry("DETAIL", "单位“七进”活动（qijin_unit_campaign）第 " + n.getVersion() + " 版 → 第 " + n1.getVersion()
            + " 版，共 2 个流程实例（第 " + n.getVersion() + " 版 2 个）");
    assertThat(audited.subList(1, 3)).extracting(row -> row.get("PROCESS_INSTANCE_ID"))
        .containsExactlyInAnyOrder(ent.getId(), com.getId());
    assertThat(audited.subList(1, 3)).extracting(row -> row.get("UNIT_ID"))
        .containsExactlyInAnyOrder(enterprise.getId(), community.getId());

    // Nothing left to migrate: refused, nothing recorded.
    ResponseEntity<Map> again = admin.postForEntity("/api/admin/migrations",
        Map.of("campaignId", campaign.getId(), "processKey", UNIT_PROCESS), Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).endsWith("都已在最新版本上，没有需要迁移的实例");

    // The enterprise finishes its checklist on N+1; PH-2 ends and PH-3 starts by N's timers, now N+1's.
    drive.at("2017-08-01T10:00");
    for (Task item : drive.tasks(ent.getId(), "ImplementItemTask")) {
      drive.completeAs("u1", enterprise.groupId(), item, itemRecord(LocalDate.of(2017, 7, 20)));
    }
    for (Task review : drive.tasks(ent.getId(), "ReviewItemTask")) {
      drive.completeAs("office", Roles.OFFICE, review, accept());
    }
    assertThat(ent).hasPassed("ChecklistDone");
    drive.at("2018-01-01T00:00");
    drive.runDueJobsOf(campaignInstanceId);
    assertThat(com).hasPassed("CarryOverOpenItems");
    Task summary = drive.task(ent.getId(), "SelfSummaryTask");
    assertThat(summary.getName()).as("created by N+1").isEqualTo(SUMMARY_V2);
    drive.completeAs("u1", enterprise.groupId(), summary, Map.of("summaryText", "全面完成各项检查项。"));
    assertThat(ent).isWaitingAt("ConfirmSummaryTask");
    drive.completeAs("u1", enterprise.groupId(), drive.task(ent.getId(), "ConfirmSummaryTask"), Map.of());
    assertThat(ent).hasPassed("ConfirmSummaryTask", "SelfSummarySubmitted").isWaitingAt("QuarterlyObligations");

    // History: what happened on N is still there, next to what happened on N+1.
    assertThat(historyIds(ent)).containsAll(historyOnN);
    List<HistoricActivityInstance> history = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(ent.getId()).list();
    assertThat(history).filteredOn(h -> h.getActivityId().equals("AcknowledgePlanTask"))
        .singleElement().matches(h -> h.getProcessDefinitionId().equals(n.getId()));
    assertThat(history).filteredOn(h -> h.getActivityId().equals("ConfirmSummaryTask"))
        .singleElement().matches(h -> h.getProcessDefinitionId().equals(n1.getId()));
    assertThat(jdbc.queryForObject("select count(*) from audit_event where process_instance_id = ? and action ="
        + " 'TASK_COMPLETED' and occurred_at < ?", Long.class, ent.getId(),
        java.sql.Timestamp.from(CampaignDriver.shanghai("2017-07-11T00:00").toInstant()))).isEqualTo(2);
  }

  /**
   * Migrated in PH-1, before the unit processes reach PH-2: N+1 calls the quarterly obligations of its own
   * deployment and binds forms in it, so a release must carry the whole process archive, not only the
   * changed model.
   */
  @Test
  void a_release_deploys_the_whole_archive_so_that_migrated_processes_find_their_forms_and_called_processes() {
    Unit enterprise = drive.unit("ENTERPRISE");
    Campaign campaign = startAndIssuePlan();
    ProcessInstance ent = drive.unitInstance(campaign, enterprise);

    Deployment deployed = release.changeModel(UNIT_MODEL, CampaignMigrationTest::renameSummaryAndAddConfirmation).deploy();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployed.getId()))
        .as("a release deploys every model and form again, not only what changed")
        .containsExactlyInAnyOrderElementsOf(archive.load().keySet());

    ResponseEntity<Map> migrated = admin.postForEntity("/api/admin/migrations", Map.of("campaignId", campaign.getId()), Map.class);
    assertThat(migrated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(migrated.getBody()).containsEntry("migratedInstances", 2);
    assertThat((List<Map<String, Object>>) migrated.getBody().get("processes")).extracting(p -> p.get("processKey"))
        .containsExactly("qijin_campaign", UNIT_PROCESS);
    assertThat(definitionOf(ent).getDeploymentId()).isEqualTo(deployed.getId());

    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaignInstanceId);
    assertThat(ent).isWaitingAt("AcknowledgePlanTask", "ImplementItemTask", "UnitPhase3Started", "QuarterlyObligations");
    List<ProcessInstance> obligations = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(ent.getId()).list();
    assertThat(obligations).hasSize(6)
        .allMatch(o -> o.getProcessDefinitionId().equals(latest("qijin_quarterly_obligation").getId()));
    Task item = drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-3");
    assertThat(item.getProcessDefinitionId()).isEqualTo(latest(UNIT_PROCESS).getId());
    assertThat(deployedForm(item)).isEqualTo(archive.load().get("forms/implement-item.html"));
  }

  /**
   * N+1 drops the acknowledgement step where the unit's token waits: the preview says which step and how
   * many instances (Chinese, with the engine's report); the migration is refused and migrates nothing,
   * not even the campaign process that could have moved.
   */
  @Test
  void a_version_without_the_step_an_instance_waits_in_is_refused_and_nothing_is_migrated() {
    Unit enterprise = drive.unit("ENTERPRISE");
    Campaign campaign = startAndIssuePlan();
    ProcessInstance ent = drive.unitInstance(campaign, enterprise);
    ProcessDefinition n = definitionOf(ent);
    String campaignDefinition = definitionOf(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaignInstanceId).singleResult()).getId();

    release.changeModel(UNIT_MODEL, CampaignMigrationTest::removeAcknowledgement).deploy();

    ResponseEntity<Map> preview = admin.getForEntity("/api/admin/migrations?campaignId=" + campaign.getId()
        + "&processKey=" + UNIT_PROCESS, Map.class);
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody()).containsEntry("migratable", false);
    assertThat((List<?>) preview.getBody().get("processes")).hasSize(1);
    Map<String, Object> fromN = only(process(preview.getBody(), UNIT_PROCESS).get("olderVersions"));
    assertThat(fromN).containsEntry("migratable", false);
    assertThat((String) fromN.get("summary")).endsWith("1 个实例中有 1 个不能自动迁移");
    assertThat((List<String>) fromN.get("problems")).containsExactly("环节“签收工作方案”（AcknowledgePlanTask）在第 "
        + (n.getVersion() + 1) + " 版中没有编号相同的环节，停在此处的实例不能自动迁移：1 个实例");
    assertThat((List<String>) fromN.get("details")).singleElement().asString()
        .startsWith("AcknowledgePlanTask: There is no migration instruction for this instance's activity");

    ResponseEntity<Map> refused = admin.postForEntity("/api/admin/migrations", Map.of("campaignId", campaign.getId()), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) refused.getBody().get("message")).contains("不能全部迁移到最新版本，未迁移任何实例");
    assertThat((List<String>) refused.getBody().get("details")).anyMatch(d -> d.contains("签收工作方案"))
        .anyMatch(d -> d.contains("no migration instruction"));
    assertThat(definitionOf(ent).getId()).isEqualTo(n.getId());
    assertThat(definitionOf(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaignInstanceId).singleResult()).getId()).isEqualTo(campaignDefinition);
    assertThat(jdbc.queryForObject("select count(*) from audit_event where campaign_id = ? and action in"
        + " ('PROCESSES_MIGRATED', 'PROCESS_INSTANCE_MIGRATED')", Long.class, campaign.getId())).isZero();
    // and the instance simply goes on on N
    drive.completeAs("u1", enterprise.groupId(), drive.task(ent.getId(), "AcknowledgePlanTask"), Map.of("ackSignerName", "张伟"));
    assertThat(ent).hasPassed("PlanAcknowledged");
  }

  /**
   * N+1 keeps the id of the PH-3 start but waits for a message there instead of the date: Camunda would
   * map it by id and keep the old timer next to the new subscription. Refused, with the step named.
   */
  @Test
  void a_step_that_changed_its_nature_under_the_same_id_is_refused() {
    Unit community = drive.unit("COMMUNITY");
    Campaign campaign = startAndIssuePlan();
    ProcessDefinition n = definitionOf(drive.unitInstance(campaign, community));
    release.changeModel(UNIT_MODEL, CampaignMigrationTest::phase3StartByMessage).deploy();

    ResponseEntity<Map> preview = admin.getForEntity("/api/admin/migrations?campaignId=" + campaign.getId()
        + "&processKey=" + UNIT_PROCESS, Map.class);
    Map<String, Object> fromN = only(process(preview.getBody(), UNIT_PROCESS).get("olderVersions"));
    assertThat(fromN).containsEntry("migratable", false);
    assertThat((String) fromN.get("summary")).endsWith("迁移方案未通过校验，1 个实例都不能自动迁移");
    assertThat((List<String>) fromN.get("problems")).containsExactly("环节“巩固提升阶段开始”（UnitPhase3Started）在第 "
        + (n.getVersion() + 1) + " 版中编号不变但性质改变（中间捕获事件（定时） → 中间捕获事件（消息）），"
        + "自动迁移会带上原来的触发条件；应给改变了的环节新的编号");
    assertThat((List<String>) fromN.get("details")).containsExactly("UnitPhase3Started: intermediateCatchEvent"
        + "[timerEventDefinition] became intermediateCatchEvent[messageEventDefinition] under the same id");

    ResponseEntity<Map> refused = admin.postForEntity("/api/admin/migrations",
        Map.of("campaignId", campaign.getId(), "processKey", UNIT_PROCESS), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(n.getId())
        .variableValueEquals("campaignId", campaign.getId()).count()).isOne();
  }

  /** Least privilege: only camunda-admin; the office and units are refused in Chinese, strangers not let in. */
  @Test
  void only_the_administrator_may_preview_or_migrate() {
    Unit enterprise = drive.unit("ENTERPRISE");
    WebTestUsers.ensure(engine.getIdentityService(), "officemig", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "unitmig", enterprise.groupId());
    TestRestTemplate office = http.withBasicAuth("officemig", WebTestUsers.PASSWORD);
    TestRestTemplate unit = http.withBasicAuth("unitmig", WebTestUsers.PASSWORD);
    Map<String, Object> body = Map.of("campaignId", 1, "processKey", UNIT_PROCESS);

    for (ResponseEntity<Map> refused : List.of(office.getForEntity("/api/admin/migrations?campaignId=1", Map.class),
        office.postForEntity("/api/admin/migrations", body, Map.class),
        unit.getForEntity("/api/admin/migrations?campaignId=1", Map.class),
        unit.postForEntity("/api/admin/migrations", body, Map.class))) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).containsEntry("message", "只有系统管理员（camunda-admin 组）可以进行此操作");
    }
    assertThat(http.postForEntity("/api/admin/migrations", body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(admin.getForEntity("/api/admin/migrations?campaignId=999999", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> noCampaign = admin.getForEntity("/api/admin/migrations", Map.class);
    assertThat(noCampaign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCampaign.getBody()).containsEntry("message", "请指定活动（campaignId）");
    Campaign campaign = drive.defineFromDefaultTemplate();
    ResponseEntity<Map> schedule = admin.postForEntity("/api/admin/migrations",
        Map.of("campaignId", campaign.getId(), "processKey", "qijin_supervision_schedule"), Map.class);
    assertThat(schedule.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) schedule.getBody().get("message")).startsWith("“qijin_supervision_schedule”不是按活动运行的流程");
    ResponseEntity<Map> draft = admin.postForEntity("/api/admin/migrations", Map.of("campaignId", campaign.getId()), Map.class);
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  // --- the release's model changes -------------------------------------------------------------------

  /** A visible change and an added step: 提交自查总结 is renamed and followed by a new task 确认自查总结. */
  static void renameSummaryAndAddConfirmation(BpmnModelInstance model) {
    UserTask summary = model.getModelElementById("SelfSummaryTask");
    summary.setName(SUMMARY_V2);
    remove(model, "Flow_Summary_End", "Flow_Summary_End_di");
    summary.builder().userTask("ConfirmSummaryTask").name("确认自查总结").camundaCandidateGroups("${unitGroup}")
        .camundaFormKey("embedded:deployment:forms/self-summary.html").connectTo("SelfSummarySubmitted");
  }

  /** The acknowledgement step is gone: the split leads straight to 已签收. */
  static void removeAcknowledgement(BpmnModelInstance model) {
    remove(model, "Flow_Ack_Signed", "Flow_Ack_Signed_di");
    SequenceFlow toAck = model.getModelElementById("Flow_AckSplit_Task");
    FlowNode acknowledged = model.getModelElementById("PlanAcknowledged");
    toAck.setTarget(acknowledged);
    acknowledged.getIncoming().add(toAck);
    remove(model, "AcknowledgePlanTask", "AcknowledgePlanTask_di");
  }

  /** The PH-3 start, same id, now waits for a message instead of the campaign's date. */
  static void phase3StartByMessage(BpmnModelInstance model) {
    IntermediateCatchEvent phase3 = model.getModelElementById("UnitPhase3Started");
    phase3.removeChildElement(model.getModelElementById("UnitPhase3StartedTimer"));
    Message message = model.newInstance(Message.class);
    message.setId("Phase3StartedMessage");
    message.setName("Phase3Started");
    model.getDefinitions().addChildElement(message);
    MessageEventDefinition byMessage = model.newInstance(MessageEventDefinition.class);
    byMessage.setMessage(message);
    phase3.addChildElement(byMessage);
  }

  private static void remove(BpmnModelInstance model, String... ids) {
    for (String id : ids) {
      ModelElementInstance element = model.getModelElementById(id);
      if (element instanceof SequenceFlow flow) {
        flow.getSource().getOutgoing().remove(flow);
        flow.getTarget().getIncoming().remove(flow);
      }
      element.getParentElement().removeChildElement(element);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------------

  private Campaign startAndIssuePlan() {
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    campaignInstanceId = campaign.getProcessInstanceId();
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaignInstanceId)
        .singleResult(), LocalDate.of(2017, 6, 1));
    return campaign;
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(id);
  }

  private ProcessDefinition latest(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
  }

  private Set<String> historyIds(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list()
        .stream().map(HistoricActivityInstance::getId).collect(Collectors.toSet());
  }

  private List<Job> timers(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
  }

  private byte[] deployedForm(Task task) {
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return form.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> process(Map<String, Object> preview, String key) {
    return ((List<Map<String, Object>>) preview.get("processes")).stream()
        .filter(p -> key.equals(p.get("processKey"))).findFirst().orElseThrow(() -> new AssertionError("no " + key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> only(Object list) {
    List<Map<String, Object>> items = (List<Map<String, Object>>) list;
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
