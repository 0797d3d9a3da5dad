package cn.qijin.tasklist;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_NAME;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;

import cn.qijin.security.AccessRules;
import cn.qijin.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each role sees, created at start-up if missing. Every user sees only the
 * tasks the engine authorizes, so the shared filters show a unit's staff their unit's tasks only.
 */
@Component
public class TaskFilters {

  private enum Audience { EVERYONE, OFFICE, SUPERVISORS }

  private record Spec(String name, String description, String color, Audience audience, TaskQuery query) {}

  private static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", UNIT_NAME.name(), "label", "单位"),
      Map.of("name", CAMPAIGN_NAME.name(), "label", "活动"));

  private final FilterService filters;
  private final TaskService tasks;
  private final AccessRules access;

  public TaskFilters(FilterService filters, TaskService tasks, AccessRules access) {
    this.filters = filters;
    this.tasks = tasks;
    this.access = access;
  }

  /**
   * Tasklist opens on the filter of lowest priority: 本单位待办 comes first because it holds each role's work (a
   * unit's tasks, the office's, the leadership group's) where 我的待办 holds only what a user has claimed.
   */
  public void ensureFilters() {
    List<Spec> specs = List.of(
        new Spec("本单位待办", "本单位（本部门）的全部待办任务，含已认领的", "#00a65a", Audience.EVERYONE,
            mine().orderByDueDate().asc()),
        new Spec("我的待办", "已认领给我的任务", "#3c8dbc", Audience.EVERYONE,
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()),
        new Spec("即将到期", "7 天内到期的本单位任务", "#f39c12", Audience.EVERYONE,
            mine().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
                .orderByDueDate().asc()),
        new Spec("已逾期", "已过到期日仍未完成的本单位任务", "#dd4b39", Audience.EVERYONE,
            mine().dueBeforeExpression("${now()}").orderByDueDate().asc()),
        new Spec("已提醒", "系统已发出提醒、尚未办理的本单位任务（季度任务）", "#ff851b", Audience.EVERYONE,
            mine().followUpBeforeExpression("${now()}").orderByDueDate().asc()),
        new Spec("待审核", "各单位提交、等待办公室审核的检查项", "#605ca8", Audience.OFFICE,
            tasks.createTaskQuery().taskCandidateGroup(Roles.OFFICE).includeAssignedTasks()
                .taskDefinitionKeyIn("ReviewItemTask").orderByTaskCreateTime().asc()),
        new Spec("全部逾期任务", "所有单位已逾期的任务（督促用）", "#b31b1b", Audience.SUPERVISORS,
            tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()),
        new Spec("全部", "全部活动任务", "#555555", Audience.SUPERVISORS,
            tasks.createTaskQuery().orderByTaskCreateTime().desc()));
    int priority = 0;
    for (Spec spec : specs) {
      ensure(spec, priority++);
    }
  }

  private TaskQuery mine() {
    return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void ensure(Spec spec, int priority) {
    Filter filter = filters.createFilterQuery().filterName(spec.name()).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(spec.name());
    }
    filter.setQuery(spec.query());
    filter.setProperties(Map.of("description", spec.description(), "priority", priority, "color", spec.color(),
        "refresh", true, "variables", COLUMNS));
    filters.saveFilter(filter);
    switch (spec.audience()) {
      case EVERYONE -> access.grantFilterToAll(filter.getId());
      case OFFICE -> access.grantFilter(Roles.OFFICE, filter.getId());
      case SUPERVISORS -> {
        access.grantFilter(Roles.OFFICE, filter.getId());
        access.grantFilter(Roles.LEADERSHIP, filter.getId());
      }
    }
  }
}
