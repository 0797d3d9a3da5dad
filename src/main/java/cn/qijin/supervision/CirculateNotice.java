package cn.qijin.supervision;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
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
    SupervisionRound round = rounds.byId((Long) execution.getVariable("roundId"));
    Circulation.Deadlines deadlines = circulation.circulate(round);
    execution.setVariable("acknowledgementDueAt", Date.from(deadlines.acknowledgementDueAt()));
    execution.setVariable("acknowledgementReminderCycle", deadlines.reminderCycle());
    execution.setVariable("reportDueAt", Date.from(deadlines.reportDueAt()));
    audit.record(AuditEntry.of(AuditAction.NOTICE_CIRCULATED, AuditSubject.SUPERVISION_ROUND, round.getId())
        .execution(execution).campaign(round.getCampaignId()).detail(round.getDocumentNumber() + " " + round.getTitle()));
  }
}
