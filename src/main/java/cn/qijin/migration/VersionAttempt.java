package cn.qijin.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Migrating one campaign's instances of one source version to the latest version: which instances, and
 * what the engine refused — in Chinese for the administrator, with the engine's
 * English report kept as detail.
 */
final class VersionAttempt {

  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  final ProcessDefinition source;
  final ProcessDefinition target;
  final List<ProcessInstance> instances;
  final boolean modelChanged;
  private final UnaryOperator<String> activityName;
  private boolean planRefused;
  private final List<String> stepChanges = new ArrayList<>();
  private int busy;
  private final List<String> planFailures = new ArrayList<>();
  /** Chinese problem line → instance ids; English detail line → instance ids */
  private final Map<String, List<String>> problems = new LinkedHashMap<>();
  private final Map<String, List<String>> details = new LinkedHashMap<>();
  private final java.util.Set<String> failedInstances = new java.util.LinkedHashSet<>();

  VersionAttempt(ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> instances,
      boolean modelChanged, UnaryOperator<String> activityName) {
    this.source = source;
    this.target = target;
    this.instances = instances;
    this.modelChanged = modelChanged;
    this.activityName = activityName;
  }

  List<String> instanceIds() {
    return instances.stream().map(ProcessInstance::getId).toList();
  }

  void planRefused(MigrationPlanValidationReport report) {
    planRefused = true;
    for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
      for (String failure : instruction.getFailures()) {
        planFailures.add(instruction.getMigrationInstruction().getSourceActivityId() + " → "
            + instruction.getMigrationInstruction().getTargetActivityId() + ": " + failure);
      }
    }
    report.getVariableReports().forEach((name, variable) -> variable.getFailures()
        .forEach(failure -> planFailures.add("variable " + name + ": " + failure)));
  }

  /** Steps that kept their id but changed their nature: not migrated automatically (see {@link ModelChanges}). */
  void stepsChanged(List<ModelChanges.Change> changes) {
    planRefused = true;
    changes.forEach(change -> {
      stepChanges.add(change.chinese());
      planFailures.add(change.english());
    });
  }

  void refused(MigratingProcessInstanceValidationReport report) {
    String id = report.getProcessInstanceId();
    failedInstances.add(id);
    report.getFailures().forEach(failure -> {
      add(problems, "流程实例整体不能迁移（引擎说明：" + failure + "）", id);
      add(details, failure, id);
    });
    report.getActivityInstanceReports().forEach(a -> a.getFailures().forEach(f -> activity(id, a.getSourceScopeId(), f)));
    report.getTransitionInstanceReports().forEach(t -> t.getFailures().forEach(f -> activity(id, t.getSourceScopeId(), f)));
  }

  void busy(String instanceId) {
    failedInstances.add(instanceId);
    busy++;
  }

  boolean failed() {
    return planRefused || !failedInstances.isEmpty();
  }

  MigrationPreview.SourceVersion view() {
    List<String> problemLines = new ArrayList<>();
    List<String> detailLines = new ArrayList<>(planFailures);
    problemLines.addAll(stepChanges);
    if (planRefused && stepChanges.isEmpty()) {
      problemLines.add("迁移方案未通过校验：第 " + source.getVersion() + " 版与第 " + target.getVersion()
          + " 版中同一编号的环节不能对应（类型或所在层次不同），需要人工制定迁移方案");
    }
    problems.forEach((line, ids) -> problemLines.add(line + "：" + ids.size() + " 个实例"));
    if (busy > 0) {
      problemLines.add("有 " + busy + " 个实例正在被其他操作修改（如定时任务正在执行），请稍后重试");
    }
    details.forEach((line, ids) -> detailLines.add(line + " (" + ids.size() + " instance" + (ids.size() == 1 ? "" : "s")
        + ", e.g. " + ids.get(0) + ")"));
    return new MigrationPreview.SourceVersion(source.getVersion(), source.getId(), instances.size(), modelChanged,
        !failed(), summary(), problemLines, detailLines);
  }

  String summary() {
    String versions = "第 " + source.getVersion() + " 版 → 第 " + target.getVersion() + " 版";
    if (planRefused) {
      return versions + "：迁移方案未通过校验，" + instances.size() + " 个实例都不能自动迁移";
    }
    if (!failedInstances.isEmpty()) {
      return versions + "：" + instances.size() + " 个实例中有 " + failedInstances.size() + " 个不能自动迁移";
    }
    return versions + "：" + instances.size() + " 个实例可以迁移" + (modelChanged ? "" : "（流程模型未变，只是随新版本重新部署）");
  }

  private void activity(String instanceId, String scopeId, String failure) {
    String activityId = scopeId.endsWith(MULTI_INSTANCE_BODY)
        ? scopeId.substring(0, scopeId.length() - MULTI_INSTANCE_BODY.length()) : scopeId;
    String name = activityName.apply(activityId);
    String where = "环节“" + (name == null ? activityId : name) + "”（" + activityId + "）";
    String why = failure.contains("no migration instruction")
        ? "在第 " + target.getVersion() + " 版中没有编号相同的环节，停在此处的实例不能自动迁移"
        : "不能迁移（原因见引擎说明）";
    add(problems, where + why, instanceId);
    add(details, scopeId + ": " + failure, instanceId);
  }

  private static void add(Map<String, List<String>> lines, String line, String instanceId) {
    List<String> ids = lines.computeIfAbsent(line, k -> new ArrayList<>());
    if (!ids.contains(instanceId)) {
      ids.add(instanceId);
    }
  }
}
