package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_REMINDER_CYCLE;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.ROUND_ID;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.supervision.internal.SupervisionRound;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ORG-2 通报: the approved notice goes out to every unit; acknowledgement and report deadlines are set. */
@Component("circulateNotice")
public class CirculateNotice implements JavaDelegate {

  private final SupervisionRounds rounds;
  private final Circulation circulation;
  private final AuditTrail audit;

  public CirculateNotice(SupervisionRounds rounds, Circulation circulation, AuditTrail audit) {
    this.rounds = rounds;
    this.circulation = circulation;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionRound round = rounds.byId(ROUND_ID.get(execution));
    Circulation.Deadlines deadlines = circulation.circulate(round);
    ACKNOWLEDGEMENT_DUE_AT.set(execution, Date.from(deadlines.acknowledgementDueAt()));
    ACKNOWLEDGEMENT_REMINDER_CYCLE.set(execution, deadlines.reminderCycle());
    REPORT_DUE_AT.set(execution, Date.from(deadlines.reportDueAt()));
    audit.record(AuditEntry.of(AuditAction.NOTICE_CIRCULATED, AuditSubject.SUPERVISION_ROUND, round.getId())
        .execution(execution).campaign(round.getCampaignId()).detail(round.getDocumentNumber() + " " + round.getTitle()));
  }
}
