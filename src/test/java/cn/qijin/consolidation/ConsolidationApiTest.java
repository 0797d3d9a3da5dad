package cn.qijin.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PH-3 consolidation records through the REST API as the office uses it: good examples from accepted
 * evidence (browse, read with evidence links, export read back with POI), standing rules made from
 * them, problems recorded and started; bad input refused in Chinese with a 4xx; the leadership group reads only;
 * unit staff get 403.
 */
@QijinSpringTest
class ConsolidationApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ConsolidationService consolidation;
  @Autowired TransactionTemplate transaction;

  CampaignDriver drive;
  Unit a;
  Unit b;
  Campaign campaign;
  TestRestTemplate office;
  TestRestTemplate unitA;
  Long accepted;
  Long submitted;
  Long acceptedOfB;

  @BeforeEach
  void acceptedAndPendingEvidence() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    a = drive.unit("ENTERPRISE");
    b = drive.unit("COMMUNITY");
    WebTestUsers.ensure(engine.getIdentityService(), a.getCode().toLowerCase(), a.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), "officelib", Roles.OFFICE);
    office = http.withBasicAuth("officelib", WebTestUsers.PASSWORD);
    unitA = http.withBasicAuth(a.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    drive.at("2017-07-10T10:00");
    ProcessInstance ua = drive.unitInstance(campaign, a);
    ProcessInstance ub = drive.unitInstance(campaign, b);
    drive.completeAs("u1", a.groupId(), drive.itemTask(ua.getId(), "ImplementItemTask", "ENT-6"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(ua.getId(), "ReviewItemTask", "ENT-6"), CampaignDriver.accept());
    drive.completeAs("u1", a.groupId(), drive.itemTask(ua.getId(), "ImplementItemTask", "ENT-1"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 6)));
    drive.completeAs("u2", b.groupId(), drive.itemTask(ub.getId(), "ImplementItemTask", "COM-1"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 6)));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(ub.getId(), "ReviewItemTask", "COM-1"), CampaignDriver.accept());
    accepted = evidenceOf(a, "ENT-6");
    submitted = evidenceOf(a, "ENT-1");
    acceptedOfB = evidenceOf(b, "COM-1");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void good_examples_from_accepted_evidence_are_browsed_read_exported_and_made_standing_rules() throws Exception {
    ResponseEntity<Map> created = office.postForEntity(examples(), Map.of("title", "班组事故案例讨论会",
        "description", "每月以本企业未遂事件为案例，班组逐人发言", "evidenceIds", List.of(accepted)), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> example = created.getBody();
    assertThat(example).containsEntry("unitCode", a.getCode()).containsEntry("venue", "ENTERPRISE")
        .containsEntry("venueName", "企业").containsEntry("themes", "T5,T6").containsEntry("origin", "DIRECT");
    Number id = (Number) example.get("id");

    // A good example the office wrote in the consolidation form, without evidence, is in the library too.
    transaction.executeWithoutResult(s -> consolidation.replaceOfficeMarks(campaign.getId(),
        "{\"goodExamples\":[{\"title\":\"社区安全宣传员\",\"unitCode\":\"" + b.getCode() + "\",\"detail\":\"每个网格一名\"}]}",
        LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), "office"));

    assertThat(titles("campaign=" + campaign.getId())).containsExactly("班组事故案例讨论会", "社区安全宣传员");
    assertThat(titles("campaign=" + campaign.getId() + "&venue=企业")).containsExactly("班组事故案例讨论会");
    assertThat(titles("campaign=" + campaign.getId() + "&venue=V4")).containsExactly("社区安全宣传员");
    assertThat(titles("campaign=" + campaign.getId() + "&unit=" + b.getCode().toLowerCase())).containsExactly("社区安全宣传员");
    assertThat(titles("campaign=" + campaign.getId() + "&theme=T6")).containsExactly("班组事故案例讨论会");
    assertThat(titles("campaign=" + campaign.getId() + "&theme=T1")).isEmpty();
    assertThat(titles("campaign=" + campaign.getId() + "&text=未遂")).containsExactly("班组事故案例讨论会");
    assertThat(titles("campaign=" + campaign.getId() + "&text=网格")).containsExactly("社区安全宣传员");
    assertThat(office.getForEntity("/api/good-examples?theme=T9", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    // Browsing lists each example with its evidence and their files (the Cockpit page shows the links).
    List<Map<String, Object>> browsed = office.getForObject("/api/good-examples?campaign=" + campaign.getId()
        + "&text=未遂", List.class);
    List<Map<String, Object>> browsedEvidence = (List<Map<String, Object>>) browsed.get(0).get("evidence");
    assertThat(browsedEvidence).extracting(e -> ((Number) e.get("id")).longValue()).containsExactly(accepted);
    assertThat((String) ((List<Map<String, Object>>) browsedEvidence.get(0).get("files")).get(0).get("url"))
        .startsWith("/api/evidence/files/");

    // One example with its evidence: the files link to the existing download endpoint.
    Map<String, Object> one = office.getForObject("/api/good-examples/" + id, Map.class);
    List<Map<String, Object>> evidence = (List<Map<String, Object>>) one.get("evidence");
    assertThat(evidence).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("reviewState", "ACCEPTED").containsEntry("itemCode", "ENT-6");
    });
    assertThat((List<String>) one.get("evidenceUrls")).containsExactly("/api/evidence/" + accepted);
    String fileUrl = (String) ((List<Map<String, Object>>) evidence.get(0).get("files")).get(0).get("url");
    assertThat(fileUrl).startsWith("/api/evidence/files/");
    assertThat(office.getForEntity(fileUrl, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(office.getForEntity("/api/good-examples/987654", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // The export, read back with POI.
    ResponseEntity<byte[]> export = office.getForEntity("/api/good-examples/export?campaign=" + campaign.getId(),
        byte[].class);
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("典型经验库.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
      Sheet sheet = book.getSheet("典型经验库");
      assertThat(cells(sheet.getRow(0))).containsExactly("编号", "活动", "典型经验", "经验做法", "单位编码", "单位名称",
          "场所类型", "宣传主题", "来源", "佐证材料编号", "已形成常态化制度", "登记人", "登记时间");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      List<String> first = cells(sheet.getRow(1));
      assertThat(first.get(0)).isEqualTo(String.valueOf(id.longValue()));
      assertThat(first.subList(2, 11)).containsExactly("班组事故案例讨论会", "每月以本企业未遂事件为案例，班组逐人发言",
          a.getCode(), a.getName(), "企业", "T5 安全生产知识技能、T6 事故警示教育", "办公室登记", String.valueOf(accepted), "否");
      assertThat(cells(sheet.getRow(2)).subList(2, 11)).containsExactly("社区安全宣传员", "每个网格一名", b.getCode(),
          b.getName(), "社区", "", "评定与总结", "", "否");
    }

    // A standing rule from the example, keeping the link; only one per example.
    ResponseEntity<Map> rule = office.postForEntity("/api/good-examples/" + id + "/standing-rule", Map.of(
        "title", "班组事故案例讨论制度", "text", "各班组每月召开一次事故案例讨论会。", "effectiveDate", "2018-07-01"), Map.class);
    assertThat(rule.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rule.getBody()).containsEntry("sourceExampleId", id.intValue()).containsEntry("effectiveDate", "2018-07-01")
        .containsEntry("sourceExampleTitle", "班组事故案例讨论会").containsEntry("text", "各班组每月召开一次事故案例讨论会。");
    assertThat(error(office.postForEntity("/api/good-examples/" + id + "/standing-rule", Map.of("title", "又一个",
        "text", "内容", "effectiveDate", "2018-07-01"), Map.class), HttpStatus.BAD_REQUEST)).contains("已形成常态化制度");
    assertThat(error(office.postForEntity("/api/good-examples/987654/standing-rule", Map.of("title", "制度",
        "text", "内容", "effectiveDate", "2018-07-01"), Map.class), HttpStatus.NOT_FOUND)).contains("未找到编号为 987654 的典型经验");
    Number otherId = (Number) office.getForObject("/api/good-examples?campaign=" + campaign.getId() + "&venue=V4",
        List.class).stream().map(m -> ((Map<?, ?>) m).get("id")).findFirst().orElseThrow();
    assertThat(error(office.postForEntity("/api/good-examples/" + otherId + "/standing-rule", Map.of("title", "制度",
        "text", "内容"), Map.class), HttpStatus.BAD_REQUEST)).isEqualTo("请填写施行日期");
    List<Map<String, Object>> rules = office.getForObject("/api/standing-rules?campaign=" + campaign.getId(), List.class);
    assertThat(rules).singleElement().satisfies(r -> assertThat(r).containsEntry("title", "班组事故案例讨论制度"));
    assertThat(cells(readExport().getRow(1)).get(10)).isEqualTo("是");
    // the audit trail: the example recorded, the rule made, the library exported
    assertThat(jdbc.queryForList("select action from audit_event where campaign_id = ? and action in "
        + "('GOOD_EXAMPLE_RECORDED', 'STANDING_RULE_ESTABLISHED', 'LIBRARY_EXPORTED') order by id", String.class,
        campaign.getId())).startsWith("GOOD_EXAMPLE_RECORDED").contains("STANDING_RULE_ESTABLISHED", "LIBRARY_EXPORTED");
    // The office drops its form example again (it has no standing rule): the library follows.
    transaction.executeWithoutResult(s -> consolidation.replaceOfficeMarks(campaign.getId(), "{}",
        LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), "office"));
    assertThat(titles("campaign=" + campaign.getId())).containsExactly("班组事故案例讨论会");
  }

  /** The office picks good examples from the campaign's accepted evidence: the evidence search filters by campaign. */
  @Test
  void accepted_evidence_is_searched_by_campaign() {
    Map<String, Object> found = office.getForObject("/api/evidence?state=ACCEPTED&size=200&campaign=" + campaign.getId(),
        Map.class);
    assertThat((List<Map<String, Object>>) found.get("content")).extracting(e -> ((Number) e.get("id")).longValue())
        .containsExactlyInAnyOrder(accepted, acceptedOfB);
    Map<String, Object> ofA = office.getForObject("/api/evidence?state=ACCEPTED&campaign=" + campaign.getId()
        + "&unit=" + a.getCode(), Map.class);
    assertThat((List<Map<String, Object>>) ofA.get("content")).extracting(e -> ((Number) e.get("id")).longValue())
        .containsExactly(accepted);
    Map<String, Object> none = office.getForObject("/api/evidence?campaign=987654", Map.class);
    assertThat((List<?>) none.get("content")).isEmpty();
  }

  /** ORG-1: the leadership group reads the library, the rules and the problems (Cockpit page 巩固提升), records nothing. */
  @Test
  void the_leadership_group_reads_but_does_not_record() {
    WebTestUsers.ensure(engine.getIdentityService(), "leaderlib", Roles.LEADERSHIP);
    TestRestTemplate leader = http.withBasicAuth("leaderlib", WebTestUsers.PASSWORD);
    Number id = (Number) office.postForEntity(examples(), Map.of("title", "班组事故案例讨论会",
        "evidenceIds", List.of(accepted)), Map.class).getBody().get("id");
    office.postForEntity("/api/good-examples/" + id + "/standing-rule", Map.of("title", "班组事故案例讨论制度",
        "text", "每月一次", "effectiveDate", "2018-07-01"), Map.class);
    office.postForEntity(problemsOf(), Map.of("title", "台账不全", "dueDate", "2018-12-31"), Map.class);

    assertThat((List<?>) leader.getForObject("/api/good-examples?campaign=" + campaign.getId(), List.class)).hasSize(1);
    assertThat(leader.getForEntity("/api/good-examples/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leader.getForEntity("/api/good-examples/export?campaign=" + campaign.getId(), byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<?>) leader.getForObject("/api/standing-rules?campaign=" + campaign.getId(), List.class)).hasSize(1);
    List<Map<String, Object>> problems = leader.getForObject("/api/problems?campaign=" + campaign.getId(), List.class);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p).containsEntry("title", "台账不全"));
    assertThat(leader.getForEntity("/api/problems/" + problems.get(0).get("id"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    long before = jdbc.queryForObject("select count(*) from consolidation_record", Long.class);
    assertThat(error(leader.postForEntity(examples(), Map.of("title", "示范", "evidenceIds", List.of(accepted)),
        Map.class), HttpStatus.FORBIDDEN)).isEqualTo("只有活动办公室可以进行此操作");
    assertThat(error(leader.postForEntity(problemsOf(), Map.of("title", "问题", "dueDate", "2018-06-30"), Map.class),
        HttpStatus.FORBIDDEN)).isEqualTo("只有活动办公室可以进行此操作");
    assertThat(error(leader.postForEntity("/api/good-examples/" + id + "/standing-rule", Map.of("title", "制度",
        "text", "内容", "effectiveDate", "2018-07-01"), Map.class), HttpStatus.FORBIDDEN))
        .isEqualTo("只有活动办公室可以进行此操作");
    assertThat(jdbc.queryForObject("select count(*) from consolidation_record", Long.class)).isEqualTo(before);
  }

  @Test
  void bad_good_examples_are_refused_and_unit_staff_are_forbidden() {
    long before = jdbc.queryForObject("select count(*) from consolidation_record", Long.class);
    assertThat(error(office.postForEntity(examples(), Map.of("title", "示范", "evidenceIds", List.of(submitted)),
        Map.class), HttpStatus.BAD_REQUEST))
        .isEqualTo("佐证材料 " + submitted + " 尚未审核通过（当前：待审核），典型经验只能从审核通过的佐证材料中选取");
    assertThat(error(office.postForEntity(examples(), Map.of("title", "示范", "evidenceIds", List.of(accepted, 987654L)),
        Map.class), HttpStatus.BAD_REQUEST)).isEqualTo("未找到编号为 987654 的佐证材料");
    assertThat(error(office.postForEntity(examples(), Map.of("title", "示范", "evidenceIds", List.of()), Map.class),
        HttpStatus.BAD_REQUEST)).isEqualTo("请至少选择一份审核通过的佐证材料");
    assertThat(error(office.postForEntity(examples(), Map.of("evidenceIds", List.of(accepted)), Map.class),
        HttpStatus.BAD_REQUEST)).isEqualTo("请填写典型经验名称");
    assertThat(error(office.postForEntity(examples(), Map.of("title", "示范", "evidenceIds", List.of(accepted, acceptedOfB)),
        Map.class), HttpStatus.BAD_REQUEST)).contains("来自不同单位");
    assertThat(error(office.postForEntity(examples(), Map.of("title", "示范", "evidenceIds", List.of(accepted),
        "themes", "T7"), Map.class), HttpStatus.BAD_REQUEST)).contains("未知的宣传主题");
    assertThat(error(office.postForEntity("/api/campaigns/987654/good-examples", Map.of("title", "示范",
        "evidenceIds", List.of(accepted)), Map.class), HttpStatus.NOT_FOUND)).contains("未找到编号为 987654 的活动");
    assertThat(jdbc.queryForObject("select count(*) from consolidation_record", Long.class)).isEqualTo(before);

    assertThat(unitA.postForEntity(examples(), Map.of("title", "示范", "evidenceIds", List.of(accepted)), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.getForEntity("/api/good-examples", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.getForEntity("/api/good-examples/export", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.getForEntity("/api/standing-rules", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.postForEntity("/api/good-examples/1/standing-rule", Map.of("title", "x"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void problems_are_recorded_with_owner_and_due_date_and_bad_input_is_refused() {
    ResponseEntity<Map> created = office.postForEntity(problemsOf(), Map.of("title", "应急预案未演练",
        "description", "上半年未组织演练", "ownerUnit", a.getCode().toLowerCase(), "dueDate", "2018-06-30"), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("ownerGroup", a.groupId()).containsEntry("ownerName", a.getName())
        .containsEntry("ownerUnitCode", a.getCode()).containsEntry("status", "RECTIFYING").containsEntry("statusName", "整改中")
        .containsEntry("dueDate", "2018-06-30").containsEntry("closed", false);
    String processId = (String) created.getBody().get("processInstanceId");
    assertThat(drive.task(processId, "RectifyProblemTask").getName()).isEqualTo("整改问题：应急预案未演练");

    ResponseEntity<Map> ours = office.postForEntity(problemsOf(), Map.of("title", "台账不全", "dueDate", "2018-12-31"),
        Map.class);
    assertThat(ours.getBody()).containsEntry("ownerGroup", Roles.OFFICE).containsEntry("ownerName", "活动办公室");

    Number id = (Number) created.getBody().get("id");
    assertThat(office.getForObject("/api/problems/" + id, Map.class)).containsEntry("title", "应急预案未演练");
    assertThat((List<Map<String, Object>>) office.getForObject("/api/problems?campaign=" + campaign.getId(), List.class))
        .extracting(p -> p.get("title")).containsExactly("应急预案未演练", "台账不全");
    assertThat(office.getForObject("/api/campaigns/" + campaign.getId() + "/consolidation", List.class)).hasSize(2);

    long before = jdbc.queryForObject("select count(*) from consolidation_record", Long.class);
    long instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProblemProcesses.PROCESS).count();
    assertThat(error(office.postForEntity(problemsOf(), Map.of("title", "问题", "ownerUnit", "NOPE9",
        "dueDate", "2018-06-30"), Map.class), HttpStatus.BAD_REQUEST)).isEqualTo("未找到编码为“NOPE9”的责任单位");
    assertThat(error(office.postForEntity(problemsOf(), Map.of("title", "问题", "dueDate", "2017-12-31"), Map.class),
        HttpStatus.BAD_REQUEST)).isEqualTo("整改期限（巩固提升阶段内）须在 2018-01-01 至 2018-12-31 之间");
    assertThat(error(office.postForEntity(problemsOf(), Map.of("title", "问题", "dueDate", "2019-01-01"), Map.class),
        HttpStatus.BAD_REQUEST)).contains("须在 2018-01-01 至 2018-12-31 之间");
    assertThat(error(office.postForEntity(problemsOf(), Map.of("title", "问题"), Map.class), HttpStatus.BAD_REQUEST))
        .isEqualTo("请填写整改期限");
    assertThat(error(office.postForEntity(problemsOf(), Map.of("dueDate", "2018-06-30"), Map.class),
        HttpStatus.BAD_REQUEST)).isEqualTo("请填写问题描述");
    assertThat(error(office.postForEntity(problemsOf(), Map.of("title", "问题", "dueDate", "2018-13-01"), Map.class),
        HttpStatus.BAD_REQUEST)).contains("日期格式");
    assertThat(error(office.postForEntity("/api/campaigns/987654/problems", Map.of("title", "问题",
        "dueDate", "2018-06-30"), Map.class), HttpStatus.NOT_FOUND)).contains("未找到编号为 987654 的活动");
    assertThat(error(office.getForEntity("/api/problems/987654", Map.class), HttpStatus.NOT_FOUND))
        .isEqualTo("未找到编号为 987654 的问题");
    assertThat(office.getForEntity("/api/problems/" + ((Number) created.getBody().get("id")).longValue(), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select count(*) from consolidation_record", Long.class)).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProblemProcesses.PROCESS)
        .count()).isEqualTo(instances);

    assertThat(unitA.postForEntity(problemsOf(), Map.of("title", "问题", "dueDate", "2018-06-30"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.getForEntity("/api/problems", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.getForEntity("/api/problems/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** Issue 10: a good example titled like a formula stays text in the library's export (quote-prefixed, unchanged). */
  @Test
  void good_example_titled_like_a_formula_stays_text_in_the_export() throws Exception {
    String title = "=HYPERLINK(\"http://x\",\"点我\")";
    ResponseEntity<Map> created = office.postForEntity(examples(), Map.of("title", title, "description", "@SUM(A1)",
        "evidenceIds", List.of(accepted)), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    byte[] bytes = office.getForObject("/api/good-examples/export?campaign=" + campaign.getId(), byte[].class);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Row row = book.getSheet("典型经验库").getRow(1);
      for (int column : new int[] {2, 3}) {
        var cell = row.getCell(column);
        assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(column == 2 ? title : "@SUM(A1)");
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
      }
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo(a.getName());
      assertThat(row.getCell(5).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  private String examples() {
    return "/api/campaigns/" + campaign.getId() + "/good-examples";
  }

  private String problemsOf() {
    return "/api/campaigns/" + campaign.getId() + "/problems";
  }

  private Long evidenceOf(Unit unit, String itemCode) {
    return jdbc.queryForObject("select e.id from evidence e join checklist_item i on i.id = e.checklist_item_id"
        + " where e.unit_id = ? and i.code = ?", Long.class, unit.getId(), itemCode);
  }

  private List<Object> titles(String query) {
    List<Map<String, Object>> found = office.getForObject("/api/good-examples?" + query, List.class);
    return found.stream().map(m -> m.get("title")).toList();
  }

  private Sheet readExport() throws Exception {
    byte[] bytes = office.getForObject("/api/good-examples/export?campaign=" + campaign.getId(), byte[].class);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return book.getSheetAt(0);
    }
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      var cell = row.getCell(i);
      out.add(cell == null ? "" : switch (cell.getCellType()) {
        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
        default -> cell.getStringCellValue();
      });
    }
    return out;
  }

  private static String error(ResponseEntity<Map> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    return (String) response.getBody().get("message");
  }
}
