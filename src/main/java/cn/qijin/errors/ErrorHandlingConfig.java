package cn.qijin.errors;

import cn.qijin.common.Surfaces;
import jakarta.servlet.DispatcherType;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * No 500 for a client's mistake (issues 10 and 12): request checks and error translation for /api and the
 * engine's REST APIs, and the error page's shape per surface. See docs/errors.md.
 */
@Configuration
public class ErrorHandlingConfig implements WebMvcConfigurer {

  @Bean
  Surfaces surfaces(CamundaBpmProperties camunda) {
    return new Surfaces(camunda.getWebapp().getApplicationPath());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ApiRequestChecks()).addPathPatterns("/api/**");
  }

  /** Spring Boot's /error answers in the failed request's API shape (replaces Boot's ErrorAttributes). */
  @Bean
  ErrorPageAttributes errorAttributes(Surfaces surfaces) {
    return new ErrorPageAttributes(surfaces);
  }

  /** Pages a browser asks for get the Chinese error pages of {@code static/error/} (Boot's view resolver). */
  @Bean
  ProblemErrorController errorController(ErrorPageAttributes attributes, ServerProperties server,
      List<ErrorViewResolver> pages) {
    return new ProblemErrorController(attributes, server.getError(), pages);
  }

  /**
   * Outermost on both ways into the engine's REST API, so that it sees the final answer of the login (Spring
   * Security's chain for /engine-rest, 10), the submission guard (15) and the form error translation (20).
   */
  @Bean
  FilterRegistrationBean<EngineRestErrorFilter> engineRestErrors(TaskService tasks, HistoryService history,
      @Value("${qijin.web.engine-rest-max-body:10MB}") DataSize maxBody) {
    var registration = new FilterRegistrationBean<>(new EngineRestErrorFilter(tasks, history, maxBody.toBytes()));
    registration.setName("qijin-engine-rest-errors");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(5);
    return registration;
  }

  /**
   * While the database is unreachable: 503 with a Chinese message and Retry-After instead of 500, on /api and
   * the engine's REST APIs (issue 12). Before the login filters (10), which ask the database themselves.
   */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutage(Surfaces surfaces, DataSource dataSource) {
    var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(surfaces, dataSource));
    registration.setName("qijin-database-outage");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", surfaces.webappPath() + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(1);
    return registration;
  }

  /**
   * Requests Tomcat refuses before the application sees them answer in JSON too: our report valve goes
   * inside Spring Boot's (so it reports first; Boot's then finds the answer written).
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports(Surfaces surfaces) {
    return factory -> factory.addContextCustomizers(
        context -> context.getParent().getPipeline().addValve(new JsonErrorReportValve(surfaces)));
  }

  @Bean
  FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimit(@Value("${qijin.web.api-max-body:1MB}") DataSize maxBody) {
    var registration = new FilterRegistrationBean<>(new ApiBodyLimitFilter(maxBody.toBytes()));
    registration.setName("qijin-api-body-limit");
    registration.addUrlPatterns("/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(5);
    return registration;
  }
}
