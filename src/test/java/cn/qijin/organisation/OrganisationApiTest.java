package cn.qijin.organisation;

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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 part 2 (ORG-1, ORG-2) over HTTP: the office records the bureau, the office's name, the leadership group's
 * members and its own director and staff, bound to accounts; one 组长 and one 主任; an unknown account refused; binding
 * grants no group; the leadership group reads, a unit sees nothing; documents take the office's name and director.
 */
@QijinSpringTest
class OrganisationApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired Organisation organisation;

  @BeforeEach
  void empty() {
    jdbc.update("delete from organisation_member");
    jdbc.update("delete from organisation_profile");
    WebTestUsers.ensure(engine.getIdentityService(), "officeorg", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "leaderorg", Roles.LEADERSHIP);
    if (engine.getIdentityService().createGroupQuery().groupId("unitORGTEST").count() == 0) {
      var group = engine.getIdentityService().newGroup("unitORGTEST");
      group.setName("测试单位");
      engine.getIdentityService().saveGroup(group);
    }
    WebTestUsers.ensure(engine.getIdentityService(), "unitorg", "unitORGTEST");
  }

  @Test
  void ORG2_the_office_records_its_name_and_director_and_documents_take_them() {
    assertThat(organisation.officeName("台儿庄区经济和信息化局"))
        .as("before anything is recorded: the campaign's issuer and the plan's office")
        .isEqualTo("台儿庄区经济和信息化局安全生产宣传教育“七进”活动办公室");
    assertThat(organisation.directorName()).isEmpty();

    ResponseEntity<Map> profile = exchange("officeorg", HttpMethod.PUT, "/api/organisation/profile",
        Map.of("bureauName", "枣庄市台儿庄区经济和信息化局", "officeName", "区经信局“七进”活动办公室", "officeSeat", "局安全科"));
    assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> director = as("officeorg").postForEntity("/api/organisation/members",
        member("DIRECTOR", "吴振明", "officeorg"), Map.class);
    assertThat(director.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(director.getBody()).containsEntry("roleName", "主任").containsEntry("account", "已在活动办公室组")
        .containsEntry("accountInGroup", true);

    assertThat(organisation.officeName("无关的发文单位")).isEqualTo("区经信局“七进”活动办公室");
    assertThat(organisation.signature()).isEqualTo("区经信局“七进”活动办公室");
    assertThat(organisation.directorName()).contains("吴振明");

    ResponseEntity<Map> second = as("officeorg").postForEntity("/api/organisation/members",
        member("主任", "另一人", null), Map.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) second.getBody().get("detail")).isEqualTo("活动办公室已有主任（吴振明），请先修改其职务");
  }

  @Test
  void ORG1_members_are_bound_to_accounts_without_being_put_into_the_group() {
    ResponseEntity<Map> leader = as("officeorg").postForEntity("/api/organisation/members",
        member("LEADER", "薛钊", "officeorg"), Map.class);
    assertThat(leader.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(leader.getBody()).containsEntry("accountInGroup", false)
        .containsEntry("account", "未加入领导小组组（请管理员在 Admin 中加入）");
    assertThat(engine.getIdentityService().createGroupQuery().groupMember("officeorg").groupId(Roles.LEADERSHIP).count())
        .as("binding grants nothing").isZero();

    ResponseEntity<Map> unknown = as("officeorg").postForEntity("/api/organisation/members",
        member("MEMBER", "王某", "nobody-here"), Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.getBody().get("detail")).startsWith("未找到账号“nobody-here”");

    ResponseEntity<Map> badRole = as("officeorg").postForEntity("/api/organisation/members",
        member("秘书长", "王某", null), Map.class);
    assertThat(badRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    Long id = ((Number) leader.getBody().get("id")).longValue();
    ResponseEntity<Map> rebound = exchange("officeorg", HttpMethod.PUT, "/api/organisation/members/" + id,
        member("LEADER", "薛钊", "leaderorg"));
    assertThat(rebound.getBody()).containsEntry("accountInGroup", true).containsEntry("account", "已在领导小组组");

    Map<String, Object> view = as("leaderorg").getForObject("/api/organisation", Map.class);
    assertThat((List<Map<String, Object>>) view.get("leadership")).extracting(m -> m.get("name")).containsExactly("薛钊");
    assertThat(as("leaderorg").postForEntity("/api/organisation/members", member("MEMBER", "李四", null), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("unitorg").getForEntity("/api/organisation", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(exchange("officeorg", HttpMethod.DELETE, "/api/organisation/members/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'ORGANISATION_MEMBER' and subject_id = ?",
        String.class, String.valueOf(id))).containsExactly("ORGANISATION_MEMBER_ADDED", "ORGANISATION_MEMBER_UPDATED",
        "ORGANISATION_MEMBER_REMOVED");
  }

  private static Map<String, Object> member(String role, String name, String userId) {
    Map<String, Object> body = new HashMap<>(Map.of("role", role, "name", name));
    if (userId != null) {
      body.put("userId", userId);
    }
    return body;
  }

  private ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
    return as(user).exchange(path, method, body == null ? null : new HttpEntity<>(body), Map.class);
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, WebTestUsers.PASSWORD);
  }
}
