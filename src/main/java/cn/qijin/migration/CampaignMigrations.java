package cn.qijin.migration;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.security.AccessRules;
import cn.qijin.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves one campaign's running process instances from older versions to the latest deployed version
 * (Camunda's migration API, plan {@code mapEqualActivities}), for the administrator only.
 *
 * <p>Running instances keep their version when a release deploys new ones; nothing here runs by itself.
 * The migration is synchronous, in one transaction for the whole request: all of the campaign's
 * selected instances move, or none (a campaign has a few hundred unit and quarterly instances). The
 * preview runs exactly the same migration in a transaction that is always rolled back, so it reports
 * what the engine would refuse, instance by instance, which Camunda offers no other way to learn
 * (measured here: 801 instances of one campaign — 1 campaign, 200 unit, 600 quarterly — migrate in about
 * 8 s on H2). Before that, a step that kept its id but changed its nature is refused ({@link ModelChanges}).
 * Timers keep their due dates, tasks their names and assignees, variables and history stay as they are.
 */
@Service
public class CampaignMigrations {

  /**
   * The product's processes that belong to one campaign (each carries the variable campaignId), in the
   * order they are migrated. The supervision schedule (qijin_supervision_schedule) is not among them: its
   * start timer moves to the newest version when that is deployed, and each run lasts an instant.
   */
  public static final List<String> CAMPAIGN_PROCESSES = List.of(AccessRules.CAMPAIGN_PROCESS,
      AccessRules.UNIT_PROCESS, AccessRules.OBLIGATION_PROCESS, AccessRules.SUPERVISION_PROCESS,
      AccessRules.PROBLEM_PROCESS);

  private static final Logger LOG = LoggerFactory.getLogger(CampaignMigrations.class);

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final CampaignService campaigns;
  private final CurrentUser user;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;

  public CampaignMigrations(RuntimeService runtime, RepositoryService repository, CampaignService campaigns,
      CurrentUser user, AuditTrail audit, PlatformTransactionManager transactionManager) {
    this.runtime = runtime;
    this.repository = repository;
    this.campaigns = campaigns;
    this.user = user;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    // a dry run must never ride along (and roll back) a caller's transaction
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What a migration of the campaign's instances (of one process, or all) to the latest versions would do. */
  public MigrationPreview preview(String campaignId, String processKey) {
    Campaign campaign = campaigns.byId(parseCampaignId(campaignId));
    List<ProcessAttempt> attempts = attempt(campaign, keys(processKey), false);
    int older = attempts.stream().mapToInt(ProcessAttempt::onOlderVersions).sum();
    boolean failed = attempts.stream().anyMatch(ProcessAttempt::failed);
    String summary = older == 0
        ? "活动“" + campaign.getName() + "”运行中的流程实例都已在最新版本上，无需迁移"
        : failed
            ? "活动“" + campaign.getName() + "”有 " + older + " 个流程实例在旧版本上，其中有的不能自动迁移（见各流程的说明）；"
                + "迁移时将拒绝，不会迁移任何实例"
            : "活动“" + campaign.getName() + "”有 " + older + " 个流程实例在旧版本上，都可以迁移到最新版本";
    return new MigrationPreview(campaign.getId(), campaign.getName(), older, older > 0 && !failed, summary,
        attempts.stream().map(ProcessAttempt::view).toList());
  }

  /**
   * Migrates the campaign's instances of older versions to the latest versions, all or nothing, and
   * records it on the audit trail (per process, and per instance).
   */
  public MigrationResult migrate(MigrationRequest request) {
    if (request == null || request.campaignId() == null) {
      throw new InvalidInputException("请指定要迁移的活动（campaignId）");
    }
    Campaign campaign = campaigns.byId(request.campaignId());
    List<String> keys = keys(request.processKey());
    List<ProcessAttempt> attempts = attempt(campaign, keys, true);
    String what = request.processKey() == null || request.processKey().isBlank() ? "的流程实例"
        : "的“" + attempts.get(0).name + "”（" + attempts.get(0).key + "）流程实例";
    if (attempts.stream().anyMatch(ProcessAttempt::failed)) {
      List<String> details = new ArrayList<>();
      for (ProcessAttempt p : attempts) {
        for (VersionAttempt v : p.versions) {
          if (v.failed()) {
            MigrationPreview.SourceVersion view = v.view();
            details.add(p.name + "（" + p.key + "）" + view.summary());
            view.problems().forEach(line -> details.add("　" + line));
            view.details().forEach(line -> details.add("　" + line));
          }
        }
      }
      LOG.warn("Migration of campaign {} {} refused by the engine, nothing migrated: {}", campaign.getId(), keys, details);
      throw new ConflictException("活动“" + campaign.getName() + "”" + what + "不能全部迁移到最新版本，未迁移任何实例。"
          + "请先处理下列问题（或保持原版本继续运行）", details);
    }
    if (attempts.stream().allMatch(p -> p.onOlderVersions() == 0)) {
      throw new ConflictException("活动“" + campaign.getName() + "”" + what + "都已在最新版本上，没有需要迁移的实例",
          attempts.stream().map(p -> p.name + "（" + p.key + "）：运行中 " + p.running + " 个，最新版本为第 "
              + p.latestVersion() + " 版").toList());
    }
    List<MigrationResult.MigratedProcess> migrated = attempts.stream().filter(p -> p.onOlderVersions() > 0)
        .map(ProcessAttempt::result).toList();
    int total = migrated.stream().mapToInt(MigrationResult.MigratedProcess::instances).sum();
    String summary = "已将活动“" + campaign.getName() + "”的 " + total + " 个流程实例迁移到最新版本：" + migrated.stream()
        .map(m -> m.processName() + " 第 " + joinVersions(m.fromVersions()) + " 版 → 第 " + m.toVersion() + " 版 "
            + m.instances() + " 个")
        .collect(Collectors.joining("；"));
    LOG.info("{} migrated {} process instances of campaign {}: {}", user.userId(), total, campaign.getId(), summary);
    return new MigrationResult(campaign.getId(), campaign.getName(), total, summary, migrated);
  }

  /** Tries the migration of every selected process; keeps it only when asked and nothing was refused. */
  private List<ProcessAttempt> attempt(Campaign campaign, List<String> keys, boolean keep) {
    return transactions.execute(status -> {
      List<ProcessAttempt> attempts = keys.stream().map(key -> attempt(campaign, key)).toList();
      boolean failed = attempts.stream().anyMatch(ProcessAttempt::failed);
      boolean any = attempts.stream().anyMatch(p -> p.onOlderVersions() > 0);
      if (keep && any && !failed) {
        attempts.forEach(p -> audit(campaign, p));
      } else {
        status.setRollbackOnly();
      }
      return attempts;
    });
  }

  private ProcessAttempt attempt(Campaign campaign, String key) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    if (latest == null) {
      throw new InvalidInputException("流程“" + key + "”尚未部署");
    }
    List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionKey(key)
        .variableValueEquals(CAMPAIGN_ID.name(), campaign.getId()).orderByProcessInstanceId().asc().list();
    Map<String, List<ProcessInstance>> bySource = new LinkedHashMap<>();
    running.stream().filter(p -> !p.getProcessDefinitionId().equals(latest.getId()))
        .forEach(p -> bySource.computeIfAbsent(p.getProcessDefinitionId(), id -> new ArrayList<>()).add(p));
    List<VersionAttempt> versions = new ArrayList<>();
    BpmnModelInstance latestModel = bySource.isEmpty() ? null : repository.getBpmnModelInstance(latest.getId());
    bySource.forEach((sourceId, instances) -> {
      ProcessDefinition source = repository.getProcessDefinition(sourceId);
      BpmnModelInstance sourceModel = repository.getBpmnModelInstance(sourceId);
      VersionAttempt version = new VersionAttempt(source, latest, instances,
          !Arrays.equals(model(sourceId), model(latest.getId())), activityId -> name(sourceModel, activityId));
      List<ModelChanges.Change> changed = ModelChanges.between(sourceModel, latestModel, latest.getVersion());
      if (changed.isEmpty()) {
        migrate(version);
      } else {
        version.stepsChanged(changed);
      }
      versions.add(version);
    });
    versions.sort((a, b) -> Integer.compare(a.source.getVersion(), b.source.getVersion()));
    return new ProcessAttempt(key, latest.getName() == null ? key : latest.getName(), latest, running.size(), versions);
  }

  /**
   * One engine command for all instances of the version; when the engine refuses one, each instance on
   * its own, to report every refusal. A refused command has marked the transaction rollback-only, so the
   * version counts as failed even if every instance then passes on its own (a concurrent change: retry).
   */
  private void migrate(VersionAttempt version) {
    MigrationPlan plan;
    try {
      plan = runtime.createMigrationPlan(version.source.getId(), version.target.getId()).mapEqualActivities().build();
    } catch (MigrationPlanValidationException e) {
      version.planRefused(e.getValidationReport());
      return;
    }
    try {
      runtime.newMigration(plan).processInstanceIds(version.instanceIds()).execute();
      return;
    } catch (MigratingProcessInstanceValidationException | OptimisticLockingException e) {
      LOG.info("Migration {} → {} refused for at least one instance; checking each: {}", version.source.getId(),
          version.target.getId(), e.getMessage());
    }
    for (String id : version.instanceIds()) {
      try {
        runtime.newMigration(plan).processInstanceIds(id).execute();
      } catch (MigratingProcessInstanceValidationException e) {
        version.refused(e.getValidationReport());
      } catch (OptimisticLockingException e) {
        version.busy(id);
      }
    }
    if (!version.failed()) {
      version.instanceIds().forEach(version::busy);
    }
  }

  private void audit(Campaign campaign, ProcessAttempt process) {
    if (process.onOlderVersions() == 0) {
      return;
    }
    MigrationResult.MigratedProcess result = process.result();
    audit.record(AuditEntry.of(AuditAction.PROCESSES_MIGRATED, AuditSubject.CAMPAIGN, campaign.getId())
        .campaign(campaign.getId())
        .detail(process.name + "（" + process.key + "）第 " + joinVersions(result.fromVersions()) + " 版 → 第 "
            + result.toVersion() + " 版，共 " + result.instances() + " 个流程实例（" + process.versions.stream()
                .map(v -> "第 " + v.source.getVersion() + " 版 " + v.instances.size() + " 个")
                .collect(Collectors.joining("，")) + "）"));
    List<ProcessInstance> instances = process.versions.stream().flatMap(v -> v.instances.stream()).toList();
    Map<String, Long> units = unitIds(instances);
    for (VersionAttempt version : process.versions) {
      for (ProcessInstance instance : version.instances) {
        audit.record(AuditEntry.of(AuditAction.PROCESS_INSTANCE_MIGRATED, AuditSubject.PROCESS_INSTANCE, instance.getId())
            .campaign(campaign.getId()).unit(units.get(instance.getId())).process(instance.getId())
            .detail(process.name + "（" + process.key + "）第 " + version.source.getVersion() + " 版 → 第 "
                + version.target.getVersion() + " 版" + (instance.getBusinessKey() == null ? ""
                    : "，业务标识 " + instance.getBusinessKey())));
      }
    }
  }

  /** The unit each instance belongs to, where it has one (the variable unitId of the process instance itself). */
  private Map<String, Long> unitIds(List<ProcessInstance> instances) {
    Map<String, Long> units = new HashMap<>();
    if (instances.isEmpty()) {
      return units;
    }
    for (VariableInstance v : runtime.createVariableInstanceQuery().variableName(UNIT_ID.name())
        .processInstanceIdIn(instances.stream().map(ProcessInstance::getId).toArray(String[]::new)).list()) {
      if (v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() instanceof Number n) {
        units.put(v.getProcessInstanceId(), n.longValue());
      }
    }
    return units;
  }

  private static List<String> keys(String processKey) {
    if (processKey == null || processKey.isBlank()) {
      return CAMPAIGN_PROCESSES;
    }
    String key = processKey.trim();
    if (!CAMPAIGN_PROCESSES.contains(key)) {
      throw new InvalidInputException("“" + key + "”不是按活动运行的流程，可迁移的流程：" + String.join("、", CAMPAIGN_PROCESSES));
    }
    return List.of(key);
  }

  private static Long parseCampaignId(String campaignId) {
    if (campaignId == null || campaignId.isBlank()) {
      throw new InvalidInputException("请指定活动（campaignId）");
    }
    try {
      return Long.valueOf(campaignId.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("活动编号须为数字：“" + campaignId + "”");
    }
  }

  private byte[] model(String processDefinitionId) {
    try (InputStream in = repository.getProcessModel(processDefinitionId)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(BpmnModelInstance model, String activityId) {
    ModelElementInstance element = model.getModelElementById(activityId);
    return element instanceof FlowElement flow ? flow.getName() : null;
  }

  private static String joinVersions(List<Integer> versions) {
    return versions.stream().map(String::valueOf).collect(Collectors.joining("、"));
  }

  /** One process of the campaign: its latest version and one attempt per older version in use. */
  private record ProcessAttempt(String key, String name, ProcessDefinition latest, int running,
      List<VersionAttempt> versions) {

    int latestVersion() {
      return latest.getVersion();
    }

    int onOlderVersions() {
      return versions.stream().mapToInt(v -> v.instances.size()).sum();
    }

    boolean failed() {
      return versions.stream().anyMatch(VersionAttempt::failed);
    }

    MigrationPreview.ProcessVersions view() {
      return new MigrationPreview.ProcessVersions(key, name, latest.getVersion(), latest.getId(), running,
          running - onOlderVersions(), versions.stream().map(VersionAttempt::view).toList());
    }

    MigrationResult.MigratedProcess result() {
      return new MigrationResult.MigratedProcess(key, name, versions.stream().map(v -> v.source.getVersion()).toList(),
          latest.getVersion(), latest.getId(), onOlderVersions());
    }
  }
}
