package cn.qijin.deployment;

import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.springframework.context.annotation.Configuration;

/**
 * The process application. It hands the engine the process archive's resources itself because
 * Camunda's class-path scanner cannot read Spring Boot's executable jar: it opens the outer jar and
 * looks for {@code qijin/...} where the jar holds {@code BOOT-INF/classes/qijin/...}, so
 * {@code java -jar} deployed nothing (ENGINE-08021) while {@code target/classes} worked.
 * {@code META-INF/processes.xml} turns that scanner off; one mechanism serves every layout.
 */
@Configuration
public class QijinProcessApplication extends SpringBootProcessApplication {

  private final ProcessArchiveResources resources;

  public QijinProcessApplication(ProcessArchiveResources resources) {
    this.resources = resources;
  }

  @Override
  public void createDeployment(String processArchiveName, DeploymentBuilder deployment) {
    resources.load().forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
  }
}
