package cn.qijin.security;

import cn.qijin.common.Surfaces;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.core.GrantedAuthorityDefaults;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security guards the application's API (/api), Camunda's REST API (/engine-rest, open by default in
 * Camunda) and the operator's endpoints (/actuator); Camunda's web apps (/camunda) keep their own session login
 * and CSRF protection. Logins: HTTP Basic against Camunda's identity service everywhere, and on /api and
 * /actuator also the web apps' session. Nothing is kept in a session of ours. See docs/security.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class WebSecurityConfig {

  private static final Logger LOG = LoggerFactory.getLogger(WebSecurityConfig.class);
  static final String OPERATORS_ONLY = "只有系统管理员或运维监控账号可以查看运行指标和运维接口";

  /**
   * /engine-rest: HTTP Basic only, as Camunda's own authentication filter did; like that filter, the list of
   * engine names ({@code /engine-rest/engine}) is open.
   */
  @Bean
  @Order(1)
  SecurityFilterChain engineRestSecurity(HttpSecurity http, IdentityService identity) throws Exception {
    common(http, identity, "/engine-rest/**", false)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/engine-rest/engine"), path("/engine-rest/engine/")).permitAll()
            .anyRequest().authenticated());
    return http.build();
  }

  /** /api: every request needs a user; roles are checked per endpoint (method security, {@link RolePreCheck}). */
  @Bean
  @Order(2)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity) throws Exception {
    common(http, identity, "/api/**", true)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
    return http.build();
  }

  /**
   * The operator's endpoints: health (and its groups liveness, readiness) are open, with details only for the
   * operator groups (management.endpoint.health.roles); everything else under /actuator — Prometheus and
   * whatever may be exposed later — only for members of qijin.operations.operator-groups.
   */
  @Bean
  @Order(3)
  SecurityFilterChain actuatorSecurity(HttpSecurity http, IdentityService identity, OperatorProperties operations)
      throws Exception {
    String[] operators = operations.operatorGroups().toArray(String[]::new);
    common(http, identity, "/actuator/**", true)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/actuator/health/**")).permitAll()
            .anyRequest().hasAnyAuthority(operators))
        .exceptionHandling(errors -> errors.accessDeniedHandler(forbidden(OPERATORS_ONLY)));
    return http.build();
  }

  private static HttpSecurity common(HttpSecurity http, IdentityService identity, String pattern,
      boolean webappSession) throws Exception {
    AuthenticationManager logins = new ProviderManager(new CamundaIdentityAuthenticationProvider(identity));
    http.securityMatcher(path(pattern))
        // security headers: SecurityHeadersFilter, on every path; CSRF: the web app session's token, checked below
        .headers(headers -> headers.disable())
        .csrf(csrf -> csrf.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        // no session of ours, and the web apps' session is only read: its id must not change (session fixation
        // protection would rotate it on every /api call the browser makes)
        .sessionManagement(sessions -> sessions.disable())
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(notLoggedIn(pattern.startsWith("/engine-rest")))
            .accessDeniedHandler(forbidden(SecurityErrors.FORBIDDEN)))
        .addFilterAt(new BasicLoginFilter(logins), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class);
    if (webappSession) {
      http.addFilterAfter(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class);
    }
    return http;
  }

  private static PathPatternRequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** 401 in Chinese; a task form (it sends the CSRF header) gets no browser login dialog. */
  private static AuthenticationEntryPoint notLoggedIn(boolean engineRest) {
    return (request, response, e) -> {
      if (engineRest) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"default\"");
      } else if (request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME) == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"qijin\", charset=\"UTF-8\"");
      }
      SecurityErrors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, SecurityErrors.NOT_LOGGED_IN);
    };
  }

  private static AccessDeniedHandler forbidden(String message) {
    return (request, response, e) -> {
      LOG.warn("Refused {} {} for {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser(),
          e.getMessage());
      SecurityErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, message);
    };
  }

  /** Authorities are the Camunda group ids as they are (no ROLE_ prefix), also for isUserInRole. */
  @Bean
  static GrantedAuthorityDefaults grantedAuthorityDefaults() {
    return new GrantedAuthorityDefaults("");
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
}
