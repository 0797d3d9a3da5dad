package cn.qijin.unit;

import cn.qijin.support.QijinSpringTest;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.unit.internal.UnitRepository;
import cn.qijin.support.WebTestUsers;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** ORG-2, ORG-3: the office's unit registry over REST; bad input refused in Chinese, nothing half-created. */
@QijinSpringTest
class UnitApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired UnitRepository units;

  TestRestTemplate office;

  @BeforeEach
  void accounts() {
    WebTestUsers.ensure(engine.getIdentityService(), "officetest", Roles.OFFICE);
    office = http.withBasicAuth("officetest", WebTestUsers.PASSWORD);
  }

  private Map<String, Object> unit(String code, String venue) {
    return Map.of("code", code, "name", "台儿庄测试企业" + code, "venue", venue, "contactPerson", "张三",
        "phone", "0632-1234567", "email", "a@example.org");
  }

  @Test
  void office_registers_a_unit_and_its_group_gets_tasklist_access() {
    var created = office.postForEntity("/api/units", unit("API01", "企业"), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("venue", "ENTERPRISE").containsEntry("groupId", "unitAPI01");
    assertThat(engine.getIdentityService().createGroupQuery().groupId("unitAPI01").singleResult().getName())
        .isEqualTo("台儿庄测试企业API01");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("unitAPI01")
        .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS).count()).isOne();

    var changed = new java.util.HashMap<>(unit("API01", "V1"));
    changed.put("name", "改名后的企业");
    office.put("/api/units/API01", changed);
    assertThat(units.findByCode("API01").orElseThrow().getName()).isEqualTo("改名后的企业");
    assertThat(engine.getIdentityService().createGroupQuery().groupId("unitAPI01").singleResult().getName())
        .isEqualTo("改名后的企业");
  }

  @Test
  void unknown_venue_and_duplicate_code_are_refused_in_chinese_and_nothing_is_written() {
    long before = units.count();
    var unknown = office.postForEntity("/api/units", unit("API02", "医院"), Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.getBody().get("message")).startsWith("未知的场所类型“医院”");
    assertThat(engine.getIdentityService().createGroupQuery().groupId("unitAPI02").count()).isZero();

    assertThat(office.postForEntity("/api/units", unit("API03", "SCHOOL"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    var duplicate = office.postForEntity("/api/units", unit("api03", "SCHOOL"), Map.class);
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) duplicate.getBody().get("message")).isEqualTo("单位编码“API03”已存在，请换一个编码");
    assertThat(units.count()).isEqualTo(before + 1);

    var bad = new java.util.HashMap<>(unit("A-4", "SCHOOL"));
    bad.put("email", "not-an-email");
    var invalid = office.postForEntity("/api/units", bad, Map.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("details").toString()).contains("单位编码须为 2–20 位字母或数字", "电子邮箱格式不正确");
  }

  @Test
  void unit_staff_may_not_manage_units() {
    var identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId("unitNOSUCH").count() == 0) {
      identity.saveGroup(identity.newGroup("unitNOSUCH"));
    }
    WebTestUsers.ensure(identity, "unitstaff", "unitNOSUCH");
    var refused = http.withBasicAuth("unitstaff", WebTestUsers.PASSWORD).postForEntity("/api/units", unit("API05", "SCHOOL"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("message", "只有活动办公室可以进行此操作");
  }
}
