package cn.qijin.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import cn.qijin.security.SystemActions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The form declaration of a task, read from the deployed form its form key names
 * ({@code embedded:deployment:forms/x.html}); cached per deployment, as deployed resources never change.
 */
@Component
public class FormDeclarations {

  private static final String DEPLOYED_FORM = "embedded:deployment:";

  private final FormService forms;
  private final RepositoryService repository;
  private final SystemActions system;
  private final Map<String, FormDeclaration> byDefinitionAndTask = new ConcurrentHashMap<>();

  public FormDeclarations(FormService forms, RepositoryService repository, SystemActions system) {
    this.forms = forms;
    this.repository = repository;
    this.system = system;
  }

  /** Read with the application's rights: a unit may not read deployments, but its form must be checked. */
  public FormDeclaration of(Task task) {
    return byDefinitionAndTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> system.run(() -> read(task.getProcessDefinitionId(), task.getTaskDefinitionKey())));
  }


  /** The start form of a process definition: what starting it through a form (or REST) may submit. */
  public FormDeclaration ofStart(String processDefinitionId) {
    return byDefinitionAndTask.computeIfAbsent(processDefinitionId + "/#start",
        key -> system.run(() -> parse(processDefinitionId, forms.getStartFormKey(processDefinitionId))));
  }

  private FormDeclaration read(String processDefinitionId, String taskDefinitionKey) {
    if (processDefinitionId == null) {
      return FormDeclaration.NONE;
    }
    return parse(processDefinitionId, forms.getTaskFormKey(processDefinitionId, taskDefinitionKey));
  }

  private FormDeclaration parse(String processDefinitionId, String formKey) {
    if (formKey == null || !formKey.startsWith(DEPLOYED_FORM)) {
      return FormDeclaration.NONE;
    }
    String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    try (InputStream in = repository.getResourceAsStream(deploymentId, formKey.substring(DEPLOYED_FORM.length()))) {
      return FormDeclaration.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
