package cn.qijin;

import cn.qijin.startup.StartupChecks;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

// no generated user and password: logins are checked against Camunda's identity service (WebSecurityConfig)
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class QijinApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(QijinApplication.class);
    application.addListeners(new StartupChecks());
    application.run(args);
  }
}
