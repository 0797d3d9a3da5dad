package cn.qijin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.support.QijinSpringTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The application starts, deploys every BPMN and form, and sets up roles, filters and security. */
@QijinSpringTest
class ApplicationStartupTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;

  @Test
  void deploys_every_process_with_every_user_task_bound_to_a_deployed_form() {
    var repository = engine.getRepositoryService();
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).extracting(ProcessDefinition::getKey)
        .contains("qijin_campaign", "qijin_unit_campaign", "qijin_quarterly_obligation", "qijin_quarterly_supervision",
            "qijin_supervision_schedule", "qijin_problem_rectification", "qijin_problem_report");
    for (ProcessDefinition definition : definitions) {
      assertThat(definition.getHistoryTimeToLive()).isNotNull();
      List<String> resources = repository.getDeploymentResources(definition.getDeploymentId()).stream()
          .map(Resource::getName).toList();
      var tasks = repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class);
      if (!definition.getKey().equals("qijin_supervision_schedule")) {
        assertThat(tasks).as(definition.getKey()).isNotEmpty();
      }
      for (UserTask task : tasks) {
        assertThat(task.getCamundaFormKey()).as(task.getId()).startsWith("embedded:deployment:forms/");
        assertThat(resources).as("form of " + task.getId())
            .contains(task.getCamundaFormKey().substring("embedded:deployment:".length()));
      }
    }
  }

  /**
   * Issue 14 part 6: Tasklist's 启动流程 offers only what a user starts there, with a Chinese start form; the others
   * are started by the office's API, a timer or another process, and a generic start form only failed.
   */
  @Test
  void tasklist_offers_to_start_only_processes_with_a_start_form() {
    var startable = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
        .startableInTasklist().list();
    assertThat(startable).extracting(ProcessDefinition::getKey)
        .containsExactlyInAnyOrder("qijin_campaign_launch", "qijin_problem_report");
    for (ProcessDefinition definition : startable) {
      assertThat(engine.getFormService().getStartFormKey(definition.getId()))
          .startsWith("embedded:deployment:forms/");
    }
  }

  @Test
  void creates_role_groups_authorizations_and_tasklist_filters() {
    var identity = engine.getIdentityService();
    assertThat(identity.createGroupQuery().groupIdIn(Roles.OFFICE, Roles.LEADERSHIP).count()).isEqualTo(2);
    var authorizations = engine.getAuthorizationService();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(Roles.OFFICE).resourceType(Resources.APPLICATION)
        .resourceId("cockpit").hasPermission(Permissions.ACCESS).count()).isEqualTo(1);
    assertThat(engine.getFilterService().createFilterQuery().list()).extracting(Filter::getName)
        .contains("我的待办", "本单位待办", "即将到期", "已逾期", "待审核", "全部逾期任务", "全部");
    Filter first = engine.getFilterService().createFilterQuery().list().stream()
        .min(java.util.Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
        .orElseThrow();
    assertThat(first.getName()).as("Tasklist opens on the filter of lowest priority").isEqualTo("本单位待办");
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
  }

  @Test
  void rest_api_requires_authentication() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("admin", "test-admin").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    var api = http.getForEntity("/api/units", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains("请先登录");
  }

  @Test
  void web_apps_offer_chinese() {
    assertThat(http.getForObject("/camunda/app/tasklist/locales/zh.json", String.class)).contains("任务");
    assertThat(http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class)).contains("'zh'");
    assertThat(http.getForObject("/camunda/app/cockpit/locales/zh.json", String.class)).contains("流程实例");
  }
}
