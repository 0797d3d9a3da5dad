package cn.qijin.setup;

import cn.qijin.security.AccessRules;
import cn.qijin.tasklist.TaskFilters;
import cn.qijin.template.TemplateLoader;
import cn.qijin.unit.Units;
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
  private final Units units;

  public ApplicationSetup(AccessRules access, TaskFilters filters, TemplateLoader templates, Units units) {
    this.access = access;
    this.filters = filters;
    this.templates = templates;
    this.units = units;
  }

  @EventListener(PostDeployEvent.class)
  @Order(0)
  @Transactional
  public void setUp() throws IOException {
    access.setUpRoles();
    access.tightenTaskGrants();
    // units registered by an earlier version get the grants of this one
    units.all().forEach(unit -> access.grantUnitGroup(unit.groupId()));
    filters.ensureFilters();
    templates.loadShippedTemplates();
  }
}
