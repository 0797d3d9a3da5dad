package cn.qijin.security;

import cn.qijin.tasklist.TaskFormErrorFilter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API is open by default; here it requires HTTP Basic against the engine's users.
 * The web apps keep their own session login and CSRF protection.
 */
@Configuration
public class WebSecurityConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-auth");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskFormErrorFilter> taskFormErrors() {
    var registration = new FilterRegistrationBean<>(new TaskFormErrorFilter());
    registration.setName("qijin-task-form-errors");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
    registration.setName("qijin-api-auth");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(10);
    return registration;
  }
}
