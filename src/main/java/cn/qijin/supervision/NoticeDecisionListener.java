package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.DRAFT_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.LEADERSHIP_OPINION;
import static cn.qijin.kernel.process.ProcessVariables.NOTICE_APPROVED;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.supervision.internal.SupervisionRound;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-1: the leadership group approves the 通报 for circulation or returns it to the office with an opinion. */
@Component("noticeDecisionListener")
public class NoticeDecisionListener implements TaskListener {

  private final SupervisionRounds rounds;
  private final AuditTrail audit;
  private final SupervisionProperties properties;
  private final NoticeAtApproval atApproval;

  public NoticeDecisionListener(SupervisionRounds rounds, AuditTrail audit, SupervisionProperties properties,
      NoticeAtApproval atApproval) {
    this.rounds = rounds;
    this.audit = audit;
    this.properties = properties;
    this.atApproval = atApproval;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean approved = in.requiredChoice(NOTICE_APPROVED, "审定结论");
    String opinion = in.optionalText(LEADERSHIP_OPINION, "审定意见", 2000);
    SupervisionRound round = rounds.ofProcess(task.getProcessInstanceId());
    if (approved) {
      // what is circulated tells the state at approval, not at the draft (issue 11, point 10)
      atApproval.apply(round, CampaignClock.now());
      round.approved(opinion, TaskInput.actor(task), CampaignClock.now(), CampaignClock.today());
    } else {
      if (opinion == null) {
        throw new InvalidInputException("请填写退回修改意见");
      }
      round.returned(opinion);
      atApproval.resummarise(round, CampaignClock.now());
      DRAFT_DUE_AT.set(task, CampaignClock.endOfDay(CampaignClock.today().plusDays(properties.draftDays())));
    }
    // the opinion is kept on the round; as a process variable the units' signing tasks could read it
    LEADERSHIP_OPINION.remove(task);
    audit.record(AuditEntry.of(approved ? AuditAction.NOTICE_APPROVED : AuditAction.NOTICE_RETURNED,
        AuditSubject.SUPERVISION_ROUND, round.getId()).task(task).campaign(round.getCampaignId()).detail(opinion));
  }
}
