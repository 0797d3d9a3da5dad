package cn.qijin.security;

import cn.qijin.errors.Surfaces;
import cn.qijin.operations.OperationsProperties;
import cn.qijin.security.login.RecordingHttpBasicAuthenticationProvider;
import cn.qijin.tasklist.TaskFormErrorFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
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
    // Camunda's HTTP Basic provider that also tells the login throttle whose password it checked (issue 10)
    registration.addInitParameter("authentication-provider", RecordingHttpBasicAuthenticationProvider.class.getName());
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

  /**
   * The operator's endpoints: health (and its groups liveness, readiness) are open, with details only
   * for the operator groups (management.endpoint.health.roles); everything else under /actuator —
   * Prometheus and whatever may be exposed later — only for members of qijin.operations.operator-groups.
   */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> actuatorAuthentication(IdentityService identity,
      OperationsProperties operations) {
    var access = new ApiAuthenticationFilter.Access(WebSecurityConfig::isHealthRequest,
        Set.copyOf(operations.operatorGroups()), "只有系统管理员或运维监控账号可以查看运行指标和运维接口");
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, access));
    registration.setName("qijin-actuator-auth");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    registration.setOrder(10);
    return registration;
  }

  /** Security headers on every response, the error page's included; first of all filters. */
  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(Surfaces surfaces,
      @Value("${springdoc.swagger-ui.path:/swagger-ui.html}") String swaggerUiPath) {
    var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(surfaces, swaggerUiPath));
    registration.setName("qijin-security-headers");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(0);
    return registration;
  }

  /** /actuator/health or below, as the container mapped it (decoded and normalised, unlike the raw URI). */
  static boolean isHealthRequest(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }
}
