package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.APPROVAL_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.NOTICE_JSON;
import static cn.qijin.kernel.process.ProcessVariables.NOTICE_TITLE;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import cn.qijin.supervision.internal.SupervisionRound;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-2 梳理、通报: the office's draft of the quarter's 通报, checked and kept on the round for approval. */
@Component("draftNoticeListener")
public class DraftNoticeListener implements TaskListener {

  private final SupervisionRounds rounds;
  private final ObjectMapper json;
  private final AuditTrail audit;
  private final SupervisionProperties properties;

  public DraftNoticeListener(SupervisionRounds rounds, ObjectMapper json, AuditTrail audit,
      SupervisionProperties properties) {
    this.rounds = rounds;
    this.json = json;
    this.audit = audit;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    SupervisionRound round = rounds.ofProcess(task.getProcessInstanceId());
    NoticeProposal notice = NoticeValidation.check(
        NoticeValidation.parse(json, NOTICE_JSON.orNull(task)), rounds.summaryOf(round));
    round.drafted(new NoticeDraft(notice.documentNumber(), notice.title(), notice.addressee(), notice.body()),
        rounds.write(notice.commended()), rounds.write(notice.named()), TaskInput.actor(task), CampaignClock.now());
    NOTICE_TITLE.set(task, notice.title());
    APPROVAL_DUE_AT.set(task, CampaignClock.endOfDay(CampaignClock.today().plusDays(properties.approvalDays())));
    audit.record(AuditEntry.of(AuditAction.NOTICE_DRAFTED, AuditSubject.SUPERVISION_ROUND, round.getId()).task(task)
        .campaign(round.getCampaignId()).detail(notice.documentNumber() + " " + notice.title()));
  }
}
