package cn.qijin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** ORG-2: the office defines a campaign from the template, adds school items (SCH-0) and submits it over REST. */
@QijinSpringTest
class CampaignApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  TestRestTemplate office;

  @BeforeEach
  void accounts() {
    WebTestUsers.ensure(engine.getIdentityService(), "officeapi", Roles.OFFICE);
    office = http.withBasicAuth("officeapi", WebTestUsers.PASSWORD);
  }

  @Test
  void defines_from_the_default_template_adds_a_school_item_and_submits_it_for_approval() {
    jdbc.update("update unit set active = false");
    office.postForEntity("/api/units", Map.of("code", "CAPI1", "name", "实验小学", "venue", "SCHOOL",
        "contactPerson", "王老师", "phone", "0632-1111111"), Map.class);
    var defined = office.postForEntity("/api/campaigns", Map.of("name", "2026年“七进”活动",
        "ph1Start", "2026-12-01", "ph1End", "2026-12-31", "ph2Start", "2027-01-01", "ph2End", "2027-06-30",
        "ph3Start", "2027-07-01", "ph3End", "2027-12-31"), Map.class);
    assertThat(defined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(defined.getBody()).containsEntry("status", "DRAFT").containsEntry("template", "qijin-2017 v4");
    assertThat((List<?>) defined.getBody().get("checklist")).hasSize(26);
    Object id = defined.getBody().get("id");

    var item = office.postForEntity("/api/campaigns/" + id + "/checklist-items", Map.of("venue", "学校",
        "code", "SCH-1", "title", "开学第一课", "themes", "T5"), Map.class);
    assertThat(item.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var duplicate = office.postForEntity("/api/campaigns/" + id + "/checklist-items", Map.of("venue", "学校",
        "code", "sch-1", "title", "重复", "themes", "T5"), Map.class);
    assertThat(duplicate.getBody()).containsEntry("message", "检查项编号“SCH-1”在本活动中已存在");

    // ORG-1: it starts once the leadership group approved it (launch.CampaignLaunchTest walks the approval)
    var requested = office.postForEntity("/api/campaigns/" + id + "/approval-request", null, Map.class);
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(requested.getBody()).containsEntry("status", "AWAITING_APPROVAL");
    assertThat(office.postForEntity("/api/campaigns/" + id + "/start", null, Map.class).getStatusCode())
        .as("no way around the leadership group").isEqualTo(HttpStatus.NOT_FOUND);
    var again = office.postForEntity("/api/campaigns/" + id + "/approval-request", null, Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void phase_dates_out_of_order_are_refused_and_nothing_is_created() {
    long campaigns = jdbc.queryForObject("select count(*) from campaign", Long.class);
    Map<String, Object> body = new HashMap<>(Map.of("ph1Start", "2026-12-01", "ph1End", "2026-12-31",
        "ph2Start", "2027-01-01", "ph2End", "2027-06-30", "ph3Start", "2027-05-01", "ph3End", "2027-12-31"));
    var refused = office.postForEntity("/api/campaigns", body, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).startsWith("巩固提升阶段须在组织实施阶段结束之后开始");
    body.put("ph1Start", "2026-13-01");
    assertThat(office.postForEntity("/api/campaigns", body, Map.class).getBody().get("message").toString())
        .contains("日期格式 yyyy-MM-dd");
    assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isEqualTo(campaigns);
  }
}
