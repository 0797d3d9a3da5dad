package cn.qijin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.checklist.ProgressState;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Venue evidence through the REST API as a unit and the office use it (ORG-2, ORG-3): upload, submit
 * with the task, return, resubmit, accept; search, read, download (logged), export; who sees what;
 * bad files refused in Chinese with a 4xx.
 */
abstract class EvidenceApiScenarios {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ChecklistProgressRepository progress;

  CampaignDriver drive;
  Unit a;
  Unit b;
  TestRestTemplate unitA;
  TestRestTemplate unitB;
  TestRestTemplate office;
  ProcessInstance instanceA;

  @BeforeEach
  void twoUnitsInPhase2() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    a = drive.unit("ENTERPRISE");
    b = drive.unit("ENTERPRISE");
    WebTestUsers.ensure(engine.getIdentityService(), a.getCode().toLowerCase(), a.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), b.getCode().toLowerCase(), b.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), "officeev", Roles.OFFICE);
    unitA = http.withBasicAuth(a.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    unitB = http.withBasicAuth(b.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    office = http.withBasicAuth("officeev", WebTestUsers.PASSWORD);
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    drive.at("2017-07-10T10:00");
    instanceA = drive.unitInstance(campaign, a);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void upload_submit_return_resubmit_accept_search_download_and_export() throws Exception {
    TestFiles.Named photo = TestFiles.photo("培训现场.png");
    TestFiles.Named pdf = TestFiles.pdf("签到表.pdf");
    List<Map<String, Object>> uploaded = upload(unitA, photo, pdf).getBody();
    assertThat(uploaded).extracting(u -> u.get("contentType")).containsExactly("image/png", "application/pdf");
    assertThat(uploaded.get(0)).containsEntry("sha256", sha256(photo.bytes())).containsEntry("size", photo.bytes().length);

    Task item = drive.itemTask(instanceA.getId(), "ImplementItemTask", "ENT-6");
    assertThat(submit(unitA, item, ids(uploaded)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Long evidenceId = (Long) engine.getTaskService()
        .getVariable(drive.itemTask(instanceA.getId(), "ReviewItemTask", "ENT-6").getId(), "evidenceId");

    Map<String, Object> record = unitA.getForObject("/api/evidence/" + evidenceId, Map.class);
    assertThat(record).containsEntry("reviewState", "SUBMITTED").containsEntry("itemCode", "ENT-6")
        .containsEntry("unitCode", a.getCode());
    List<Map<String, Object>> files = (List<Map<String, Object>>) record.get("files");
    assertThat(files).extracting(f -> f.get("sha256")).containsExactly(sha256(photo.bytes()), sha256(pdf.bytes()));

    // The office returns it; the unit adds a photo and resubmits (the same PDF again is not stored twice).
    drive.completeAs("officeev", Roles.OFFICE, drive.itemTask(instanceA.getId(), "ReviewItemTask", "ENT-6"),
        Map.of("reviewApproved", false, "reviewComment", "签到表不清晰，请补充现场照片"));
    assertThat(unitA.getForObject("/api/evidence/" + evidenceId, Map.class))
        .containsEntry("reviewState", "RETURNED").containsEntry("reviewComment", "签到表不清晰，请补充现场照片");
    List<Map<String, Object>> more = upload(unitA, TestFiles.photo("补充照片.png"), pdf).getBody();
    assertThat(submit(unitA, drive.itemTask(instanceA.getId(), "ImplementItemTask", "ENT-6"), ids(more))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    drive.completeAs("officeev", Roles.OFFICE, drive.itemTask(instanceA.getId(), "ReviewItemTask", "ENT-6"),
        Map.of("reviewApproved", true));
    Map<String, Object> accepted = office.getForObject("/api/evidence/" + evidenceId, Map.class);
    assertThat(accepted).containsEntry("reviewState", "ACCEPTED");
    assertThat((List<?>) accepted.get("files")).hasSize(3);
    assertThat(progress.findByCampaignIdAndUnitIdAndStateNot(instanceCampaign(), a.getId(), ProgressState.OPEN))
        .extracting(r -> r.getState()).containsExactly(ProgressState.ACCEPTED);

    // Search, with paging and filters.
    Map<String, Object> page = office.getForObject("/api/evidence?unit=" + a.getCode() + "&item=ENT-6&state=ACCEPTED"
        + "&theme=T5&quarter=2017Q3&from=2017-07-01&to=2017-07-31&size=10", Map.class);
    assertThat((List<?>) page.get("content")).hasSize(1);
    assertThat(office.getForObject("/api/evidence?unit=" + a.getCode() + "&state=RETURNED", Map.class).get("content"))
        .asList().isEmpty();

    // Download: the bytes and checksum, logged with who and when.
    String downloads = "select count(*) from audit_event where action = 'EVIDENCE_DOWNLOADED'";
    long logged = jdbc.queryForObject(downloads, Long.class);
    Number photoFileId = (Number) files.get(0).get("id");
    ResponseEntity<byte[]> download = unitA.getForEntity("/api/evidence/files/" + photoFileId, byte[].class);
    assertThat(download.getBody()).isEqualTo(photo.bytes());
    assertThat(download.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha256(photo.bytes()));
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("inline");
    assertThat(jdbc.queryForObject(downloads + " and actor = ? and subject_id = ?", Long.class,
        a.getCode().toLowerCase(), photoFileId.toString())).isEqualTo(1);
    assertThat(jdbc.queryForObject(downloads, Long.class)).isEqualTo(logged + 1);

    // Export of the unit's evidence as a zip (office only).
    ResponseEntity<byte[]> zip = office.getForEntity("/api/evidence/export?unit=" + a.getCode(), byte[].class);
    assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(entries(zip.getBody())).hasSize(3).allMatch(n -> n.startsWith(a.getCode() + "/" + evidenceId + "/"));
    assertThat(unitA.getForEntity("/api/evidence/export?unit=" + a.getCode(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void a_unit_can_neither_list_nor_read_nor_download_nor_use_another_units_evidence() {
    List<Map<String, Object>> uploaded = upload(unitA, TestFiles.photo("现场.png")).getBody();
    submit(unitA, drive.itemTask(instanceA.getId(), "ImplementItemTask", "ENT-3"), ids(uploaded));
    Long evidenceId = (Long) engine.getTaskService()
        .getVariable(drive.itemTask(instanceA.getId(), "ReviewItemTask", "ENT-3").getId(), "evidenceId");
    Map<String, Object> record = office.getForObject("/api/evidence/" + evidenceId, Map.class);
    Number fileId = (Number) ((List<Map<String, Object>>) record.get("files")).get(0).get("id");

    assertThat((List<?>) unitB.getForObject("/api/evidence", Map.class).get("content")).isEmpty();
    var read = unitB.getForEntity("/api/evidence/" + evidenceId, Map.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(read.getBody()).containsEntry("message", "只能查看本单位的佐证材料");
    assertThat(unitB.getForEntity("/api/evidence/files/" + fileId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/evidence/files/" + fileId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // B submits A's task: refused by the engine's authorizations; B's own upload on A's task is not accepted either.
    List<Map<String, Object>> bFiles = upload(unitB, TestFiles.photo("b.png")).getBody();
    Task aItem = drive.itemTask(instanceA.getId(), "ImplementItemTask", "ENT-4");
    assertThat(submit(unitB, aItem, ids(bFiles)).getStatusCode().is4xxClientError()).isTrue();
    var foreignUpload = submit(unitA, aItem, ids(bFiles));
    assertThat(foreignUpload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(foreignUpload.getBody()).contains("上传的文件已失效");
    assertThat(engine.getTaskService().createTaskQuery().taskId(aItem.getId()).count()).isOne();
  }

  @Test
  void bad_files_are_refused_in_chinese_and_nothing_is_kept() {
    long uploadsBefore = jdbc.queryForObject("select count(*) from evidence_upload", Long.class);
    assertRefused(upload(unitA, new TestFiles.Named("空.png", new byte[0])), "是空文件");
    assertRefused(upload(unitA, TestFiles.text("假装是图片.png", "这不是图片")), "不是允许的类型");
    assertRefused(upload(unitA, new TestFiles.Named("../../etc/passwd.png", TestFiles.photo("x").bytes())),
        "不能包含路径");
    assertRefused(upload(unitA, new TestFiles.Named("a\u0007.png", TestFiles.photo("x").bytes())), "控制字符");
    TestFiles.Named twice = TestFiles.photo("一.png");
    assertRefused(upload(unitA, twice, new TestFiles.Named("二.png", twice.bytes())), "内容完全相同");
    // One bad file refuses the whole request: the good one beside it is not kept either.
    assertRefused(upload(unitA, TestFiles.photo("好.png"), TestFiles.text("坏.pdf", "text")), "不是允许的类型");
    assertThat(jdbc.queryForObject("select count(*) from evidence_upload", Long.class)).isEqualTo(uploadsBefore);

    // A task submitted without any file is refused and stays open.
    Task item = drive.itemTask(instanceA.getId(), "ImplementItemTask", "ENT-2");
    var noFile = submit(unitA, item, "");
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noFile.getBody()).contains("请至少上传一份佐证材料");
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isOne();
  }

  private Long instanceCampaign() {
    return (Long) engine.getRuntimeService().getVariable(instanceA.getId(), "campaignId");
  }

  private static void assertRefused(ResponseEntity<List<Map<String, Object>>> response, String message) {
    assertThat(response.getStatusCode().is4xxClientError()).as(message).isTrue();
  }

  private ResponseEntity<List<Map<String, Object>>> upload(TestRestTemplate as, TestFiles.Named... files) {
    var body = new LinkedMultiValueMap<String, Object>();
    for (TestFiles.Named file : files) {
      body.add("files", new ByteArrayResource(file.bytes()) {
        @Override
        public String getFilename() {
          return file.name();
        }
      });
    }
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Object> raw = as.postForEntity("/api/evidence/uploads", new HttpEntity<>(body, headers), Object.class);
    return ResponseEntity.status(raw.getStatusCode()).body(raw.getBody() instanceof List<?> list
        ? (List<Map<String, Object>>) list : List.of());
  }

  private ResponseEntity<String> submit(TestRestTemplate as, Task task, String uploadIds) {
    Map<String, Object> variables = Map.of(
        "activityDate", Map.of("value", "2017-07-05", "type", "String"),
        "activityPlace", Map.of("value", "公司培训室", "type", "String"),
        "participantCount", Map.of("value", 30, "type", "Long"),
        "activityThemes", Map.of("value", "T5", "type", "String"),
        "activitySummary", Map.of("value", "开展安全培训。", "type", "String"),
        "evidenceUploads", Map.of("value", uploadIds, "type", "String"));
    return as.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables),
        String.class);
  }

  private static String ids(List<Map<String, Object>> uploaded) {
    return String.join(",", uploaded.stream().map(u -> (String) u.get("uploadId")).toList());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static List<String> entries(byte[] zip) throws Exception {
    List<String> names = new ArrayList<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
