package cn.qijin.unit;

import static cn.qijin.unit.UnitSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.support.H2Only;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.internal.UnitRepository;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ORG-2, ORG-3, issue 14 part 1: the office registers units from a sheet — previewed, imported whole or refused whole
 * with each bad row named, harmless to import twice — gives them accounts with initial passwords, resets and removes
 * them, searches and exports the registry; unit staff and the leadership group may change none of it. Run on H2
 * ({@link UnitRegistryApiTest}) and on PostgreSQL ({@link UnitRegistryPostgresTest}): the search's LIKE and MEMBER OF,
 * the counts read from Camunda's membership table.
 */
abstract class UnitRegistryScenarios {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired UnitRepository units;
  @Autowired JdbcTemplate jdbc;

  TestRestTemplate office;
  IdentityService identity;

  @BeforeEach
  void office() {
    identity = engine.getIdentityService();
    WebTestUsers.ensure(identity, "officereg", Roles.OFFICE);
    office = http.withBasicAuth("officereg", WebTestUsers.PASSWORD);
  }

  @Test
  void a_sheet_is_previewed_then_imported_whole_with_accounts_and_importing_it_again_changes_nothing() {
    UnitSheets sheet = sheet()
        .row("imp01", "台儿庄区第一测试企业", "企业", "公共场所", "张三", "13800000001", "imp01@example.org", "", "imp01zhang（张三）、imp01li（李四）")
        .row("IMP02", "台儿庄区测试小学", "学校", "", "王五", "0632-6611234", "", "参加活动", "imp02wang（王五）")
        .row("IMP03", "台儿庄区测试社区", "社区", "", "赵六", "0632-6611235", "", "停用", "");

    var preview = office.postForEntity("/api/units/import?preview=true", sheet.upload(), Map.class);
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody()).containsEntry("imported", false).containsEntry("rows", 3).containsEntry("created", 3)
        .containsEntry("accountsCreated", 3);
    assertThat(units.findByCode("IMP01")).isEmpty();

    var imported = office.postForEntity("/api/units/import", sheet.upload(), Map.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("imported", true).containsEntry("created", 3)
        .containsEntry("updated", 0).containsEntry("unchanged", 0).containsEntry("accountsCreated", 3);
    var first = units.findByCode("IMP01").orElseThrow();
    assertThat(first.getName()).isEqualTo("台儿庄区第一测试企业");
    assertThat(first.getAdditionalVenues()).extracting(Enum::name).containsExactly("PUBLIC_PLACE");
    assertThat(units.findByCode("IMP03").orElseThrow().isActive()).isFalse();
    @SuppressWarnings("unchecked")
    List<Map<String, String>> passwords = (List<Map<String, String>>) imported.getBody().get("passwords");
    assertThat(passwords).extracting(p -> p.get("userId")).containsExactly("imp01zhang", "imp01li", "imp02wang");
    Map<String, String> zhang = passwords.stream().filter(p -> p.get("userId").equals("imp01zhang")).findFirst()
        .orElseThrow();
    assertThat(zhang).containsEntry("name", "张三").containsEntry("unitCode", "IMP01");
    assertThat(identity.checkPassword("imp01zhang", zhang.get("password"))).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup("unitIMP01").list()).extracting(u -> u.getId())
        .containsExactlyInAnyOrder("imp01zhang", "imp01li");
    assertThat(identity.createGroupQuery().groupMember("imp01zhang").list()).hasSize(1);

    long auditRows = auditRows();
    var again = office.postForEntity("/api/units/import", sheet.upload(), Map.class);
    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 3)
        .containsEntry("accountsCreated", 0);
    assertThat(again.getBody().get("changes")).asList().isEmpty();
    assertThat(identity.checkPassword("imp01zhang", zhang.get("password"))).isTrue();
    assertThat(auditRows()).as("only the import itself is on the record").isEqualTo(auditRows + 1);

    var edited = sheet().row("IMP02", "台儿庄区测试小学（新校区）", "学校", "", "王五", "0632-6611234", "", "", "imp02wang（王五）、imp02chen（陈七）");
    var update = office.postForEntity("/api/units/import", edited.upload(), Map.class);
    assertThat(update.getBody()).containsEntry("updated", 1).containsEntry("accountsCreated", 1);
    assertThat(units.findByCode("IMP02").orElseThrow().getName()).isEqualTo("台儿庄区测试小学（新校区）");
  }

  @Test
  void a_sheet_with_bad_rows_is_refused_whole_naming_each_row_and_nothing_is_imported() {
    WebTestUsers.ensure(identity, "takenbyoffice", Roles.OFFICE);
    long before = units.count();
    UnitSheets bad = sheet()
        .unit("BAD01", "企业", "bad01zhang")
        .row("BAD02", "", "学校", "", "李四", "0632-1234567", "", "", "")
        .row("BAD03", "测试单位", "医院", "", "李四", "0632-1234567", "", "", "")
        .row("BAD04", "测试单位", "机关", "", "李四", "电话号码", "not-an-email", "", "")
        .row("bad01", "测试单位", "社区", "", "李四", "0632-1234567", "", "暂停", "")
        .row("BAD06", "测试单位", "农村", "", "李四", "0632-1234567", "", "", "takenbyoffice（某某）、zhao")
        .row("", "", "", "", "", "", "", "", "")
        .unit("BAD08", "家庭", "bad01zhang");

    var refused = office.postForEntity("/api/units/import", bad.upload(), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("detail")).startsWith("未导入：6 行有误，整张表没有导入任何内容");
    @SuppressWarnings("unchecked")
    List<String> details = (List<String>) refused.getBody().get("details");
    assertThat(details).containsExactly(
        "第 3 行（BAD02）：请填写单位名称",
        "第 4 行（BAD03）：未知的场所类型“医院”，可选：ENTERPRISE/企业、SCHOOL/学校、ORGAN/机关、COMMUNITY/社区、RURAL/农村、FAMILY/家庭、PUBLIC_PLACE/公共场所",
        "第 5 行（BAD04）：联系电话格式不正确；电子邮箱格式不正确",
        "第 6 行（BAD01）：状态只能填“参加活动”或“停用”（填的是“暂停”）；单位代码与第 2 行重复",
        "第 7 行（BAD06）：员工账号“zhao”应写作“登录账号（姓名）”，如 zhangsan（张三）；账号“takenbyoffice”已被其他单位或人员使用，请换一个账号",
        "第 9 行（BAD08）：账号“bad01zhang”与第 2 行重复");
    assertThat(units.count()).isEqualTo(before);
    assertThat(identity.createUserQuery().userId("bad01zhang").count()).isZero();
    assertThat(identity.createGroupQuery().groupId("unitBAD01").count()).isZero();

    var notASheet = office.postForEntity("/api/units/import", UnitSheets.upload("单位代码,单位名称".getBytes()), Map.class);
    assertThat(notASheet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) notASheet.getBody().get("detail")).startsWith("文件不是可读取的 Excel 工作簿（.xlsx）");
    var empty = office.postForEntity("/api/units/import", sheet().upload(), Map.class);
    assertThat((String) empty.getBody().get("detail")).startsWith("表格中没有单位");
  }

  @Test
  void the_template_and_the_export_have_the_import_columns_and_an_exported_registry_imports_as_unchanged() throws Exception {
    var template = office.getForEntity("/api/units/import-template.xlsx", byte[].class);
    assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("单位名册导入模板.xlsx");
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
      var header = book.getSheet("单位名册").getRow(0);
      assertThat(UnitSheets.HEADERS).allSatisfy(h -> assertThat(header.getCell(UnitSheets.HEADERS.indexOf(h))
          .getStringCellValue()).isEqualTo(h));
      assertThat(book.getSheet("填写说明")).isNotNull();
    }

    office.postForEntity("/api/units/import", sheet().unit("EXP01", "企业", "exp01zhang").unit("EXP02", "学校", "exp02li")
        .upload(), Map.class);
    var export = office.getForEntity("/api/units/registry.xlsx?q=exp0", byte[].class);
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
      var sheet = book.getSheet("单位名册");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("EXP01");
      assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("exp01zhang（张三）");
    }
    var reimport = office.postForEntity("/api/units/import", UnitSheets.upload(export.getBody()), Map.class);
    assertThat(reimport.getBody()).containsEntry("unchanged", 2).containsEntry("created", 0)
        .containsEntry("accountsCreated", 0);
  }

  @Test
  @H2Only
  void a_page_that_asks_for_progress_gets_a_line_every_50_rows_then_the_report() {
    UnitSheets sheet = sheet();
    for (int i = 0; i < 120; i++) {
      sheet.unit(String.format("PRG%03d", i), "家庭", String.format("prg%03d", i));
    }
    var anyAnswer = office.postForEntity("/api/units/import?preview=true",
        UnitSheets.upload(sheet.bytes(), org.springframework.http.MediaType.ALL), String.class);
    assertThat(anyAnswer.getHeaders().getContentType().toString()).as("a client that accepts anything gets JSON")
        .startsWith("application/json");
    var request = sheet.uploadWithProgress();
    var answer = office.exchange("/api/units/import?progress=true", HttpMethod.POST, request, String.class);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
    List<String> lines = answer.getBody().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"done\":50", "\"total\":120");
    assertThat(lines.get(1)).contains("\"done\":100");
    assertThat(lines.get(2)).startsWith("{\"report\":").contains("\"created\":120");
    assertThat(units.findByCode("PRG119")).isPresent();

    var bad = sheet().row("PRG999", "", "家庭", "", "张三", "0632-1234567", "", "", "").uploadWithProgress();
    var refused = office.exchange("/api/units/import?progress=true", HttpMethod.POST, bad, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("details")).asList().containsExactly("第 2 行（PRG999）：请填写单位名称");
  }

  @Test
  void the_registry_is_searched_by_text_venue_and_state_with_each_units_account_count() {
    office.postForEntity("/api/units/import", sheet()
        .row("SRC01", "搜索测试加油站", "企业", "公共场所", "张三", "0632-1234567", "", "", "src01a（甲）、src01b（乙）")
        .row("SRC02", "搜索测试中学", "学校", "", "李四", "0632-1234567", "", "停用", "").upload(), Map.class);

    assertThat(codes("/api/units?q=搜索测试")).containsExactly("SRC01", "SRC02");
    assertThat(codes("/api/units?q=src0&venue=公共场所")).containsExactly("SRC01");
    assertThat(codes("/api/units?q=src0&state=inactive")).containsExactly("SRC02");
    assertThat(codes("/api/units?q=src0&state=active")).containsExactly("SRC01");
    assertThat(codes("/api/units?q=100%")).isEmpty();
    List<?> listed = office.getForEntity("/api/units?q=SRC01", List.class).getBody();
    assertThat(((Map<?, ?>) listed.get(0)).get("accounts")).isEqualTo(2);
    var badState = office.getForEntity("/api/units?state=paused", Map.class);
    assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void the_office_creates_resets_and_removes_a_units_accounts() {
    office.postForEntity("/api/units/import", sheet().unit("ACC01", "机关", "acc01zhang").upload(), Map.class);

    var created = office.postForEntity("/api/units/ACC01/accounts",
        Map.of("userId", "Acc01Li", "name", "李四", "email", "li@example.org"), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("userId", "acc01li").containsEntry("unitName", "测试单位ACC01");
    String initial = (String) created.getBody().get("password");
    assertThat(initial).hasSize(10).matches(".*[0-9].*").matches(".*[a-zA-Z].*");
    assertThat(identity.checkPassword("acc01li", initial)).isTrue();
    var tasklistOfNewAccount = http.withBasicAuth("acc01li", initial).getForEntity("/api/me", Map.class);
    assertThat(tasklistOfNewAccount.getBody()).containsEntry("unitCodes", List.of("ACC01")).containsEntry("office", false);

    var twice = office.postForEntity("/api/units/ACC01/accounts", Map.of("userId", "acc01li", "name", "李四"), Map.class);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) twice.getBody().get("detail")).isEqualTo("账号“acc01li”已是本单位的账号");
    var badId = office.postForEntity("/api/units/ACC01/accounts", Map.of("userId", "李四", "name", "李四"), Map.class);
    assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    var ownChange = http.withBasicAuth("acc01li", initial).exchange("/engine-rest/user/acc01li/credentials",
        HttpMethod.PUT, new org.springframework.http.HttpEntity<>(Map.of("password", "mein-neues-Passwort-1",
            "authenticatedUserPassword", initial)), Void.class);
    assertThat(ownChange.getStatusCode()).as("the holder changes it (Welcome's 我的资料)").isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword("acc01li", "mein-neues-Passwort-1")).isTrue();

    var reset = office.postForEntity("/api/units/ACC01/accounts/acc01li/password", null, Map.class);
    String second = (String) reset.getBody().get("password");
    assertThat(identity.checkPassword("acc01li", second)).isTrue();
    assertThat(identity.checkPassword("acc01li", "mein-neues-Passwort-1")).isFalse();
    assertThat(office.postForEntity("/api/units/ACC01/accounts/acc01zzz/password", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(office.getForEntity("/api/units/ACC01/accounts", List.class).getBody()).hasSize(2);

    Task claimed = engine.getTaskService().newTask();
    claimed.setName("测试任务");
    claimed.setAssignee("acc01li");
    engine.getTaskService().saveTask(claimed);
    var removed = office.exchange("/api/units/ACC01/accounts/acc01li", HttpMethod.DELETE, null, Void.class);
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.createUserQuery().userId("acc01li").count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().taskId(claimed.getId()).singleResult().getAssignee()).isNull();
    engine.getTaskService().deleteTask(claimed.getId(), true);
    assertThat(jdbc.queryForList("select action from audit_event where subject_id = 'acc01li' order by id", String.class))
        .containsExactly("ACCOUNT_CREATED", "ACCOUNT_PASSWORD_RESET", "ACCOUNT_REMOVED");
  }

  @Test
  void unit_staff_and_the_leadership_group_change_nothing() {
    office.postForEntity("/api/units/import", sheet().unit("ROL01", "农村", "rol01zhang").upload(), Map.class);
    WebTestUsers.ensure(identity, "rol01staff", "unitROL01");
    WebTestUsers.ensure(identity, "leaderreg", Roles.LEADERSHIP);
    var staff = http.withBasicAuth("rol01staff", WebTestUsers.PASSWORD);
    var leader = http.withBasicAuth("leaderreg", WebTestUsers.PASSWORD);
    var upload = sheet().unit("ROL02", "农村", "rol02zhang").upload();

    assertThat(staff.postForEntity("/api/units/import", upload, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(staff.getForEntity("/api/units/ROL01/accounts", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(staff.postForEntity("/api/units/ROL01/accounts/rol01zhang/password", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(leader.postForEntity("/api/units/import", upload, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(leader.postForEntity("/api/units/ROL01/accounts", Map.of("userId", "x1", "name", "某"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(leader.getForEntity("/api/units/registry.xlsx", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leader.getForEntity("/api/me", Map.class).getBody()).containsEntry("leadership", true)
        .containsEntry("office", false);
    assertThat(units.findByCode("ROL02")).isEmpty();

    WebTestUsers.ensure(identity, "rol01boss", "unitROL01");
    WebTestUsers.ensure(identity, "rol01boss", Roles.OFFICE);
    var broader = office.postForEntity("/api/units/ROL01/accounts/rol01boss/password", null, Map.class);
    assertThat(broader.getStatusCode()).as("an account that is also the office's is the administrator's")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.checkPassword("rol01boss", WebTestUsers.PASSWORD)).isTrue();
    assertThat(office.exchange("/api/units/ROL01/accounts/rol01boss", HttpMethod.DELETE, null, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private long auditRows() {
    return jdbc.queryForObject("select count(*) from audit_event", Long.class);
  }

  private List<Object> codes(String url) {
    List<?> body = office.getForEntity(url, List.class).getBody();
    return body.stream().map(u -> ((Map<?, ?>) u).get("code")).map(Object.class::cast).toList();
  }
}
