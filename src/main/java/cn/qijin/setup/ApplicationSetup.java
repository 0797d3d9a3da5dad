package cn.qijin.setup;

import cn.qijin.security.AccessRules;
import cn.qijin.tasklist.TaskFilters;
import cn.qijin.template.TemplateLoader;
import java.io.IOException;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** After the process application is deployed: roles, authorizations, Tasklist filters, templates. */
@Component
public class ApplicationSetup {

  private final AccessRules access;
  private final TaskFilters filters;
  private final TemplateLoader templates;

  public ApplicationSetup(AccessRules access, TaskFilters filters, TemplateLoader templates) {
    this.access = access;
    this.filters = filters;
    this.templates = templates;
  }

  @EventListener(PostDeployEvent.class)
  @Order(0)
  @Transactional
  public void setUp() throws IOException {
    access.setUpRoles();
    filters.ensureFilters();
    templates.loadShippedTemplates();
  }
}
