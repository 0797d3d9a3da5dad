package cn.qijin.security;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The role annotations' denial handlers, and their check before an /api request is read ({@link RolePreCheck}). */
@Configuration
class RoleSecurityConfig implements WebMvcConfigurer {

  private final ApplicationContext context;

  RoleSecurityConfig(ApplicationContext context) {
    this.context = context;
  }

  @Bean
  RoleDenials.Office officeDenial() {
    return new RoleDenials.Office();
  }

  @Bean
  RoleDenials.OfficeOrLeadership officeOrLeadershipDenial() {
    return new RoleDenials.OfficeOrLeadership();
  }

  @Bean
  RoleDenials.Admin adminDenial() {
    return new RoleDenials.Admin();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var manager = new PreAuthorizeAuthorizationManager();
    manager.setApplicationContext(context);
    registry.addInterceptor(new RolePreCheck(manager)).addPathPatterns("/api/**").order(Ordered.HIGHEST_PRECEDENCE);
  }
}
