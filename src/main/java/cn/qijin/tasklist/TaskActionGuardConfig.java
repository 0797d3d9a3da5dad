package cn.qijin.tasklist;

import cn.qijin.security.SystemActions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the task action guard and the translation of refused task forms on every way into the engine's task
 * API: /engine-rest and Tasklist's.
 */
@Configuration
class TaskActionGuardConfig {

  @Bean
  FilterRegistrationBean<TaskActionGuard> taskActionGuard(TaskService tasks, RepositoryService repository,
      HistoryService history,
      IdentityService identity, FormDeclarations declarations, SystemActions system) {
    var registration = new FilterRegistrationBean<>(new TaskActionGuard(tasks, repository, history, identity, declarations, system));
    registration.setName("qijin-task-action-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after the login (Spring Security's chain for /engine-rest, 10), before the form error translation (20)
    registration.setOrder(15);
    return registration;
  }

  /** After the task action guard (15): a refused form's 500 becomes 400 with its Chinese message. */
  @Bean
  FilterRegistrationBean<TaskFormErrorFilter> taskFormErrors() {
    var registration = new FilterRegistrationBean<>(new TaskFormErrorFilter());
    registration.setName("qijin-task-form-errors");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(20);
    return registration;
  }
}
