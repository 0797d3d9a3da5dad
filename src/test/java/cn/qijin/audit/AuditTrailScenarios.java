package cn.qijin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.obligation.ObligationService;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail (ORG-2) over a campaign driven through the engine and the REST API: process steps
 * and the application's records with their actors and times, the office's filters and paging, the
 * Excel export (itself audited), who may read it, bad filters, and no row for what was rolled back.
 */
abstract class AuditTrailScenarios {

  private static final Set<String> PROCESS_STEPS = Set.of("PROCESS_STARTED", "PROCESS_ENDED", "TASK_COMPLETED");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationService obligationService;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transactions;

  CampaignDriver drive;
  Unit unit;
  String unitUser;
  Campaign campaign;
  ProcessInstance unitInstance;
  TestRestTemplate office;
  TestRestTemplate leader;
  TestRestTemplate staff;

  @BeforeEach
  void campaignInPhase2() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    WebTestUsers.ensure(engine.getIdentityService(), "officeau", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "leaderau", Roles.LEADERSHIP);
    drive.at("2017-06-01T09:00");
    drive.as("officeau", Roles.OFFICE, () -> unit = drive.unit("ENTERPRISE"));
    unitUser = unit.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), unitUser, unit.groupId());
    office = http.withBasicAuth("officeau", WebTestUsers.PASSWORD);
    leader = http.withBasicAuth("leaderau", WebTestUsers.PASSWORD);
    staff = http.withBasicAuth(unitUser, WebTestUsers.PASSWORD);
    drive.as("officeau", Roles.OFFICE, () -> campaign = drive.start(drive.defineFromDefaultTemplate()));
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    unitInstance = drive.unitInstance(campaign, unit);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void the_trail_shows_who_did_what_and_when_and_the_office_filters_pages_and_exports_it() throws Exception {
    drive.at("2017-07-10T10:00");
    drive.completeAs(unitUser, unit.groupId(), drive.itemTask(unitInstance.getId(), "ImplementItemTask", "ENT-6"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    drive.at("2017-07-11T23:50");
    drive.completeAs("officeau", Roles.OFFICE, drive.itemTask(unitInstance.getId(), "ReviewItemTask", "ENT-6"),
        CampaignDriver.returnWith("请补充签到表"));
    // 00:30 in Shanghai is still the 11th in UTC: the day filters must count it on the 12th
    drive.at("2017-07-12T00:30");
    drive.completeAs(unitUser, unit.groupId(), drive.itemTask(unitInstance.getId(), "ImplementItemTask", "ENT-6"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    drive.at("2017-07-13T09:00");
    drive.completeAs("officeau", Roles.OFFICE, drive.itemTask(unitInstance.getId(), "ReviewItemTask", "ENT-6"),
        CampaignDriver.accept());

    ObligationEntity q3 = quarter("2017Q3");
    ObligationEntity q4 = quarter("2017Q4");
    drive.at("2017-09-20T10:00");
    drive.completeAs(unitUser, unit.groupId(), drive.task(q3.getProcessInstanceId(), "RecordSessionTask"),
        Map.of("unitAction", "extension", "extensionDate", "2017-10-31", "extensionReason", "九月停产检修"));
    drive.at("2017-09-21T10:00");
    drive.completeAs("officeau", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "DecideExtensionTask"),
        Map.of("extensionApproved", true));
    drive.at("2017-09-22T10:00");
    drive.as("officeau", Roles.OFFICE, () -> obligationService.exempt(q4.getId(), "企业第四季度停产整顿"));
    drive.at("2017-09-25T10:00");
    Long evidenceId = jdbc.queryForObject("select max(id) from evidence where unit_id = ?", Long.class, unit.getId());
    Long fileId = jdbc.queryForObject("select min(id) from evidence_file where evidence_id = ?", Long.class, evidenceId);
    assertThat(office.getForEntity("/api/evidence/files/" + fileId, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // The application's records for this unit, newest first, each with its actor.
    List<Map<String, Object>> unitTrail = content(office, "/api/audit?size=200&unitCode=" + unit.getCode());
    assertThat(unitTrail.stream().filter(e -> !PROCESS_STEPS.contains(e.get("action")))
        .map(e -> e.get("action") + " " + e.get("actor")).toList()).containsExactly(
        "EVIDENCE_DOWNLOADED officeau",
        "OBLIGATION_EXEMPTED officeau",
        "EXTENSION_APPROVED officeau",
        "EXTENSION_REQUESTED " + unitUser,
        "CHECKLIST_ACCEPTED officeau",
        "CHECKLIST_SUBMITTED " + unitUser,
        "CHECKLIST_RETURNED officeau",
        "CHECKLIST_SUBMITTED " + unitUser,
        "UNIT_CREATED officeau");
    Map<String, Object> download = unitTrail.get(0);
    assertThat(download).containsEntry("actionName", "下载佐证文件").containsEntry("subjectType", "EVIDENCE_FILE")
        .containsEntry("subjectId", fileId.toString()).containsEntry("unitCode", unit.getCode())
        .containsEntry("occurredAt", "2017-09-25T02:00:00Z");
    assertThat(((Number) download.get("campaignId")).longValue()).isEqualTo(campaign.getId());
    assertThat(unitTrail).extracting(e -> e.get("id")).isSortedAccordingTo((a, b) ->
        Long.compare(((Number) b).longValue(), ((Number) a).longValue()));
    Map<String, Object> exemption = unitTrail.get(1);
    assertThat(exemption).containsEntry("processInstanceId", q4.getProcessInstanceId())
        .containsEntry("subjectId", q4.getId().toString())
        .as("named as the office reads it (issue 14 part 6)").containsEntry("subjectTitle", "ENT-5 2017年第四季度");
    assertThat(unitTrail.stream().filter(e -> "CHECKLIST_ACCEPTED".equals(e.get("action"))).findFirst().orElseThrow())
        .containsEntry("subjectTitle", "ENT-6 " + itemTitle("ENT-6"));
    assertThat(unitTrail.get(unitTrail.size() - 1)).containsEntry("subjectTitle", unit.getName() + "（" + unit.getCode() + "）");
    assertThat(download).as("a file has no title: its id is shown").containsEntry("subjectTitle", null);
    assertThat((String) exemption.get("detail")).contains("企业第四季度停产整顿");
    // Cockpit opens running instances only: the exempted obligation's process has ended, the unit's still runs
    assertThat(exemption).containsEntry("processRunning", false);
    assertThat(unitTrail.get(unitTrail.size() - 1)).containsEntry("action", "UNIT_CREATED")
        .containsEntry("processInstanceId", null).containsEntry("processRunning", null);

    // Process steps: the completed tasks with their names and users, starts by the office or by timers, and the
    // exempted obligation's end (the exemption ends it with the application's own rights, hence "system").
    List<Map<String, Object>> steps = content(office, "/api/audit?size=200&action=TASK_COMPLETED&processInstanceId="
        + unitInstance.getId());
    String review = "审核 ENT-6：" + itemTitle("ENT-6") + "（" + unit.getName() + "）";
    String implement = "落实 ENT-6：" + itemTitle("ENT-6");
    assertThat(steps).extracting(e -> e.get("actor") + " " + e.get("taskName")).containsExactly(
        "officeau " + review, unitUser + " " + implement, "officeau " + review, unitUser + " " + implement);
    assertThat(steps).allSatisfy(e -> assertThat(e).containsEntry("processRunning", true));
    assertThat((String) steps.get(0).get("detail")).isEqualTo("任务“" + review + "”，业务标识 campaign-"
        + campaign.getId() + "-" + unit.getCode());
    // the campaign process is started by the application once the leadership group approved (ORG-1, issue 14 part 3);
    // who started the campaign is CAMPAIGN_STARTED's actor
    assertThat(content(office, "/api/audit?action=PROCESS_STARTED&processInstanceId=" + campaign.getProcessInstanceId()))
        .extracting(e -> e.get("actor")).containsExactly("system");
    assertThat(content(office, "/api/audit?action=CAMPAIGN_STARTED&campaignId=" + campaign.getId()))
        .extracting(e -> e.get("actor")).containsExactly("officeau");
    assertThat(content(office, "/api/audit?action=PROCESS_STARTED&processInstanceId=" + q3.getProcessInstanceId()))
        .extracting(e -> e.get("actor")).containsExactly("system");
    assertThat(content(office, "/api/audit?action=流程结束&processInstanceId=" + q4.getProcessInstanceId()))
        .extracting(e -> e.get("actor")).containsExactly("system");
    assertThat(content(office, "/api/audit?action=CAMPAIGN_STARTED&campaignId=" + campaign.getId()))
        .extracting(e -> e.get("actor") + " " + e.get("processInstanceId"))
        .containsExactly("officeau " + campaign.getProcessInstanceId());

    // Filters: the actor; Shanghai calendar days, 00:30 of the 12th belonging to the 12th.
    assertThat(content(office, "/api/audit?size=200&actor=" + unitUser)).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("actor")).isEqualTo(unitUser));
    assertThat(content(office, "/api/audit?unitCode=" + unit.getCode() + "&from=2017-07-11&to=2017-07-11"))
        .extracting(e -> e.get("action")).containsExactly("CHECKLIST_RETURNED", "TASK_COMPLETED");
    assertThat(content(office, "/api/audit?unitCode=" + unit.getCode() + "&from=2017-07-12&to=2017-07-12"))
        .extracting(e -> e.get("action") + " " + e.get("occurredAt"))
        .containsExactly("CHECKLIST_SUBMITTED 2017-07-11T16:30:00Z", "TASK_COMPLETED 2017-07-11T16:30:00Z");

    // Paging: slices of the same ordered list, at most 200 a page.
    String campaignFilter = "/api/audit?campaignId=" + campaign.getId();
    List<Map<String, Object>> all = content(office, campaignFilter + "&size=200");
    assertThat(all.size()).isGreaterThan(4).isLessThan(200);
    List<Object> paged = new ArrayList<>();
    paged.addAll(content(office, campaignFilter + "&size=3&page=0"));
    paged.addAll(content(office, campaignFilter + "&size=3&page=1"));
    assertThat(paged).isEqualTo(all.subList(0, 6));
    Map<String, Object> pageInfo = (Map<String, Object>) office.getForObject(campaignFilter + "&size=3", Map.class)
        .get("page");
    assertThat(((Number) pageInfo.get("totalElements")).intValue()).isEqualTo(all.size());
    Map<String, Object> big = (Map<String, Object>) office.getForObject(campaignFilter + "&size=1000", Map.class)
        .get("page");
    assertThat(big.get("size")).isEqualTo(200);

    // The leadership group may read; a unit's staff may not, nor anonymous users.
    assertThat(leader.getForEntity(campaignFilter, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> refused = staff.getForEntity(campaignFilter, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("message", "只有活动办公室或领导小组可以查看");
    assertThat(staff.getForEntity("/api/audit/export.xlsx", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity(campaignFilter, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // The Excel export of the unit's trail: Chinese headers, one row per event, times in Shanghai; the export is audited.
    drive.at("2017-09-26T15:00");
    List<Map<String, Object>> expected = content(office, "/api/audit?size=200&unitCode=" + unit.getCode());
    ResponseEntity<byte[]> xlsx = office.getForEntity("/api/audit/export.xlsx?unitCode=" + unit.getCode(), byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("审计记录.xlsx");
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = book.getSheet("审计记录");
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers).containsExactly(AuditWorkbook.HEADERS);
      assertThat(headers).startsWith("时间", "操作人", "操作人账号", "操作");
      assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
      Row newest = sheet.getRow(1);
      assertThat(newest.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2017, 9, 25, 10, 0));
      // the person's and the unit's names next to the login and the code (issue 14 part 6)
      assertThat(newest.getCell(1).getStringCellValue()).isEqualTo("officeau 测试");
      assertThat(newest.getCell(2).getStringCellValue()).isEqualTo("officeau");
      assertThat(newest.getCell(3).getStringCellValue()).isEqualTo("下载佐证文件");
      assertThat(newest.getCell(9).getStringCellValue()).isEqualTo(unit.getName());
      assertThat(newest.getCell(10).getStringCellValue()).isEqualTo(unit.getCode());
      Row oldest = sheet.getRow(sheet.getLastRowNum());
      assertThat(oldest.getCell(3).getStringCellValue()).isEqualTo("登记单位");
      assertThat(oldest.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2017, 6, 1, 9, 0));
      assertThat(book.getSheet("导出说明").getRow(0).getCell(1).getStringCellValue()).isEqualTo("officeau");
    }
    Map<String, Object> exported = content(office, "/api/audit?action=AUDIT_EXPORTED&unitCode=" + unit.getCode()).get(0);
    assertThat(exported).containsEntry("actor", "officeau").containsEntry("actorName", "officeau 测试")
        .containsEntry("unitCode", unit.getCode()).containsEntry("unitName", unit.getName())
        .containsEntry("occurredAt", "2017-09-26T07:00:00Z");
    assertThat((String) exported.get("detail")).contains("导出 " + expected.size() + " 条", "单位：" + unit.getCode());
  }

  @Test
  void a_refused_submission_or_review_leaves_no_audit_row() {
    drive.at("2017-07-10T10:00");
    long before = count();
    var item = drive.itemTask(unitInstance.getId(), "ImplementItemTask", "ENT-2");
    assertThatThrownBy(() -> drive.completeAs(unitUser, unit.groupId(), item,
        CampaignDriver.itemRecord(LocalDate.of(2017, 6, 20)))).hasMessageContaining("开展日期须在");
    assertThat(count()).isEqualTo(before);

    drive.completeAs(unitUser, unit.groupId(), item, CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    assertThat(count()).isEqualTo(before + 2);
    var review = drive.itemTask(unitInstance.getId(), "ReviewItemTask", "ENT-2");
    assertThatThrownBy(() -> drive.completeAs("officeau", Roles.OFFICE, review, Map.of("reviewApproved", false)))
        .hasMessageContaining("请填写退回原因");
    assertThatThrownBy(() -> drive.as("officeau", Roles.OFFICE,
        () -> obligationService.exempt(quarter("2017Q3").getId(), " "))).hasMessageContaining("请填写豁免理由");
    assertThat(count()).isEqualTo(before + 2);
  }

  @Test
  void an_event_is_written_only_inside_the_callers_transaction_and_goes_with_its_rollback() {
    AuditEntry entry = AuditEntry.of(AuditAction.UNIT_UPDATED, AuditSubject.UNIT, unit.getId()).unit(unit.getId());
    assertThatThrownBy(() -> audit.record(entry)).isInstanceOf(IllegalTransactionStateException.class);
    long before = count();
    transactions.executeWithoutResult(status -> {
      audit.record(entry);
      status.setRollbackOnly();
    });
    assertThat(count()).isEqualTo(before);
    transactions.executeWithoutResult(status -> audit.record(entry.detail("测试")));
    assertThat(count()).isEqualTo(before + 1);
    assertThat(jdbc.queryForObject("select actor from audit_event where id = (select max(id) from audit_event)",
        String.class)).isEqualTo(AuditTrail.SYSTEM);
  }

  @Test
  void bad_filters_are_refused_in_chinese() {
    assertBad("/api/audit?action=DANCE", "未知的操作类型“DANCE”");
    assertBad("/api/audit?from=2017-07-12&to=2017-07-11", "起始日期 2017-07-12 不能晚于截止日期 2017-07-11");
    assertBad("/api/audit?from=2017-13-01", "起始日期（from）格式不正确");
    assertBad("/api/audit?to=12.7.2017", "截止日期（to）格式不正确");
    assertBad("/api/audit?unitCode=NOSUCHUNIT", "未找到编码为“NOSUCHUNIT”的单位");
    assertBad("/api/audit?campaignId=abc", "活动编号（campaignId）须为数字");
    assertBad("/api/audit/export.xlsx?action=DANCE", "未知的操作类型“DANCE”");
  }

  @Test
  void the_filter_offers_every_action_with_its_chinese_name() {
    ResponseEntity<List> actions = leader.getForEntity("/api/audit/actions", List.class);
    assertThat(actions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(actions.getBody()).hasSize(AuditAction.values().length)
        .contains(Map.of("code", "PROCESS_STARTED", "name", "流程启动"),
            Map.of("code", "OBLIGATION_EXEMPTED", "name", "豁免季度任务"),
            Map.of("code", "AUDIT_EXPORTED", "name", "导出审计记录"));
    assertThat(staff.getForEntity("/api/audit/actions", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/audit/actions", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void the_endpoints_are_in_the_openapi_description() {
    String description = office.getForObject("/api/openapi", String.class);
    assertThat(description).contains("\"/api/audit\"", "\"/api/audit/export.xlsx\"", "\"/api/audit/actions\"",
        "审计记录", "unitCode",
        "processInstanceId");
  }

  // --- helpers

  private void assertBad(String url, String message) {
    ResponseEntity<Map> response = office.getForEntity(url, Map.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).as(url).contains(message);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> content(TestRestTemplate as, String url) {
    ResponseEntity<Map> response = as.getForEntity(url, Map.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) response.getBody().get("content");
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from audit_event", Long.class);
  }

  private ObligationEntity quarter(String code) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), unit.getId()).stream()
        .filter(o -> o.getQuarterCode().equals(code)).findFirst().orElseThrow();
  }

  private String itemTitle(String code) {
    return jdbc.queryForObject("select title from checklist_item where campaign_id = ? and code = ?", String.class,
        campaign.getId(), code);
  }
}
