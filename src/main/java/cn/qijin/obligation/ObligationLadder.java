package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.ESCALATION_LEVEL;
import static cn.qijin.kernel.process.ProcessVariables.ESCALATION_NAME;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.notification.Recipients;
import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.organisation.Organisation;
import cn.qijin.security.Roles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * REC-2: an obligation reaches a level of the ladder (1 黄色预警, 2 橙色督办, 3 红色约谈): recorded once
 * per level, and the unit (and at level 2 the office, at level 3 the leadership group) is told.
 */
@Component("obligationLadder")
public class ObligationLadder {

  private static final Logger LOG = LoggerFactory.getLogger(ObligationLadder.class);

  /** 红色约谈: the last rung, the leadership group talks with the unit. */
  public static final int TALK_LEVEL = 3;

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final EscalationRecordRepository escalations;
  private final EscalationPolicy policy;
  private final Units units;
  private final NotificationOutbox outbox;
  private final Recipients recipients;
  private final Organisation organisation;

  public ObligationLadder(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      EscalationRecordRepository escalations, EscalationPolicy policy, Units units,
      NotificationOutbox outbox, Recipients recipients, Organisation organisation) {
    this.organisation = organisation;
    this.obligations = obligations;
    this.definitions = definitions;
    this.escalations = escalations;
    this.policy = policy;
    this.units = units;
    this.outbox = outbox;
    this.recipients = recipients;
  }

  public void reach(DelegateExecution execution, int level) {
    ObligationEntity obligation = obligations.ofProcess(execution.getProcessInstanceId());
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    EscalationPolicy.Step step = policy.step(definition.getCode(), level);
    if (!escalations.existsByObligationIdAndLevel(obligation.getId(), level)) {
      escalations.save(new EscalationRecordEntity(obligation.getId(), level, step.name(), CampaignClock.now()));
    }
    obligation.escalateTo(level);
    ESCALATION_LEVEL.set(execution, (long) level);
    ESCALATION_NAME.set(execution, step.name());

    Unit unit = units.find(obligation.getUnitId()).orElseThrow();
    Set<String> to = new LinkedHashSet<>(recipients.ofUnit(unit));
    if (level == 2) {
      to.addAll(recipients.ofGroup(Roles.OFFICE));
    } else if (level >= TALK_LEVEL) {
      to.addAll(recipients.ofGroup(Roles.LEADERSHIP));
    }
    ObligationPeriod period = obligation.period();
    String what = definition.getCode() + " " + period.chineseName() + "：" + definition.getTitle();
    outbox.enqueue("ESCALATION:" + obligation.getId() + ":" + level, "ESCALATION_" + level, obligation.getId(), to,
        "【" + step.name() + "】" + unit.getName() + " " + definition.getCode() + " " + period.chineseName(),
        unit.getName() + "未在到期日 " + ObligationVariables.dueDay(obligation) + " 前完成" + period.taskKind() + "“" + what + "”，现启动"
            + step.name() + "。" + guidance(level) + "\n\n" + organisation.signature());
    LOG.info("Obligation {} ({} {} of unit {}) reached level {} {}", obligation.getId(), definition.getCode(),
        obligation.getPeriodCode(), unit.getCode(), level, step.name());
  }

  /** REC-2: the ladder resumes where it stood (after a returned submission): the level reached, from the table. */
  public int levelReached(DelegateExecution execution) {
    return obligations.ofProcess(execution.getProcessInstanceId()).getEscalationLevel();
  }

  private static String guidance(int level) {
    return switch (level) {
      case 1 -> "请尽快开展活动并在任务列表中记录。";
      case 2 -> "活动办公室将督促落实并记录督办结果。";
      default -> "领导小组将约谈单位负责人。";
    };
  }
}
