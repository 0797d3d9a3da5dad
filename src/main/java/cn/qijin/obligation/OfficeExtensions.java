package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.DUE_AT;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationExtension;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.security.CurrentUser;
import cn.qijin.security.SystemActions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REC-3: the office extends a unit's deadline for one period itself, from the 七进督导看板 matrix, with the reason on
 * the record (issue 14 part 4) — as when it approves a unit's request: the due date moves and, with it, the unit's
 * open task, every pending reminder and the escalation ladder.
 */
@Service
public class OfficeExtensions {

  /** The unit's task in qijin_quarterly_obligation, due at the obligation's due date. */
  static final String UNIT_TASK = "RecordSessionTask";
  private static final Logger LOG = LoggerFactory.getLogger(OfficeExtensions.class);

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final ObligationExtensionRepository extensions;
  private final EscalationPolicy escalation;
  private final Campaigns campaigns;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final SystemActions system;
  private final CurrentUser currentUser;
  private final AuditTrail audit;

  OfficeExtensions(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      ObligationExtensionRepository extensions, EscalationPolicy escalation, Campaigns campaigns,
      RuntimeService runtime, ManagementService management, TaskService tasks, SystemActions system,
      CurrentUser currentUser, AuditTrail audit) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.extensions = extensions;
    this.escalation = escalation;
    this.campaigns = campaigns;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.system = system;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /**
   * Moves the obligation's due date to the end of {@code until}. Refused for a closed obligation, one the office
   * holds for review, one already past its due date (its ladder has begun: exempt it instead), a day not after the
   * due day or after the campaign's end.
   */
  @Transactional
  public ObligationView extend(Long obligationId, LocalDate until, String reason) {
    ObligationEntity obligation = obligations.findById(obligationId)
        .orElseThrow(() -> new NotFoundException("未找到编号为 " + obligationId + " 的周期任务（季度任务或月度任务）"));
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    String kind = obligation.period().taskKind();
    LocalDate dueDay = LocalDate.ofInstant(obligation.getDueAt(), CampaignClock.ZONE);
    if (obligation.isClosed()) {
      throw new ConflictException("本" + kind + "状态为“" + ObligationState.valueOf(obligation.getStatus().name())
          .chineseName() + "”，不能再延期", List.of());
    }
    if (obligation.isAwaitingReview()) {
      throw new ConflictException("单位已提交本" + kind + "，正在等待办公室审核，无需延期", List.of());
    }
    if (CampaignClock.now().isAfter(obligation.getDueAt())) {
      throw new ConflictException("本" + kind + "已过到期日 " + dueDay + "，督办已开始，不能再延期；如确有原因可予豁免", List.of());
    }
    if (!until.isAfter(dueDay)) {
      throw new InvalidInputException("延期后的到期日须晚于原到期日 " + dueDay);
    }
    LocalDate campaignEnd = campaigns.byId(obligation.getCampaignId()).schedule().ph3End();
    if (until.isAfter(campaignEnd)) {
      throw new InvalidInputException("延期后的到期日不能晚于活动结束日 " + campaignEnd);
    }
    String by = currentUser.userId();
    Instant now = CampaignClock.now();
    ObligationExtension extension = extensions.save(new ObligationExtension(obligation.getId(), reason,
        obligation.getDueAt(), until, by, now));
    extension.decide(true, "办公室直接延期", by, now);
    obligation.extendTo(CampaignClock.endOfDay(until).toInstant());
    if (obligation.getProcessInstanceId() != null) {
      // the ladder's dates come from the DMN table, which the application evaluates, not the office's login
      moveTimers(obligation.getProcessInstanceId(),
          system.run(() -> ObligationVariables.timing(obligation, definition, escalation)));
    }
    audit.record(AuditEntry.of(AuditAction.EXTENSION_APPROVED, AuditSubject.OBLIGATION, obligation.getId())
        .campaign(obligation.getCampaignId()).unit(obligation.getUnitId()).process(obligation.getProcessInstanceId())
        .detail("办公室直接延期：" + obligation.getPeriodCode() + "，原到期日 " + dueDay + "，延期至 " + until + "：" + reason));
    LOG.info("Obligation {} extended by {} to {}: {}", obligationId, by, until, reason);
    return ObligationView.of(obligation, definition.getCode(), now);
  }

  /** As the approval of a unit's request does: new dates in the variables, every timer and the open task follow. */
  private void moveTimers(String processInstanceId, Map<String, Object> timing) {
    system.run(() -> {
      runtime.setVariables(processInstanceId, timing);
      ObligationTimers.recalculate(management, processInstanceId);
      Date due = (Date) timing.get(DUE_AT.name());
      for (Task open : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(UNIT_TASK).list()) {
        open.setDueDate(due);
        tasks.saveTask(open);
      }
    });
  }
}
