package cn.qijin.supervision;

import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules behind a supervision round's decisions: the office drafts the 通报 (ORG-2), the leadership group
 * approves or returns it (ORG-1), the office records how the summary went upward (ORG-2). The listeners read the forms and write back what is returned.
 */
@Service
@Transactional
public class SupervisionRoundSteps {

  private final SupervisionRounds rounds;
  private final NoticeAtApproval atApproval;
  private final SupervisionProperties properties;
  private final ObjectMapper json;
  private final AuditTrail audit;

  SupervisionRoundSteps(SupervisionRounds rounds, NoticeAtApproval atApproval, SupervisionProperties properties,
      ObjectMapper json, AuditTrail audit) {
    this.rounds = rounds;
    this.json = json;
    this.atApproval = atApproval;
    this.properties = properties;
    this.audit = audit;
  }

  /** The checked draft: its title, and the day the leadership group's approval is due. */
  public record Drafted(String title, LocalDate approvalDue) {}

  /**
   * ORG-2 梳理、通报: the office's draft (the form's JSON) is checked against the round's quarter summary (the units
   * it commends or names must be in it, once each) and kept on the round; the leadership group has
   * {@code approvalDays} to approve it.
   */
  public Drafted draftNotice(String processInstanceId, String noticeJson, ProcessStep step) {
    SupervisionRound round = rounds.ofProcess(processInstanceId);
    NoticeProposal notice = NoticeValidation.check(NoticeValidation.parse(json, noticeJson), rounds.summaryOf(round));
    round.drafted(new NoticeDraft(notice.documentNumber(), notice.title(), notice.addressee(), notice.body()),
        rounds.write(notice.commended()), rounds.write(notice.named()), step.actorOrSystem(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.NOTICE_DRAFTED, AuditSubject.SUPERVISION_ROUND, round.getId()).step(step)
        .campaign(round.getCampaignId()).detail(notice.documentNumber() + " " + notice.title()));
    return new Drafted(notice.title(), CampaignClock.today().plusDays(properties.approvalDays()));
  }

  /**
   * ORG-1: approval fixes what is circulated to the state at approval, not at the draft (issue 11, point 10), and
   * is refused when that state contradicts the draft; a return needs an opinion and gives the office
   * {@code draftDays} to redraft. Returns, after a return, the day the new draft is due.
   */
  public Optional<LocalDate> decideNotice(String processInstanceId, boolean approved, String opinion,
      ProcessStep step) {
    SupervisionRound round = rounds.ofProcess(processInstanceId);
    Optional<LocalDate> redraftDue = Optional.empty();
    if (approved) {
      atApproval.apply(round, CampaignClock.now());
      round.approved(opinion, step.actorOrSystem(), CampaignClock.now(), CampaignClock.today());
    } else {
      if (opinion == null) {
        throw new InvalidInputException("请填写退回修改意见");
      }
      round.returned(opinion);
      atApproval.resummarise(round, CampaignClock.now());
      redraftDue = Optional.of(CampaignClock.today().plusDays(properties.draftDays()));
    }
    audit.record(AuditEntry.of(approved ? AuditAction.NOTICE_APPROVED : AuditAction.NOTICE_RETURNED,
        AuditSubject.SUPERVISION_ROUND, round.getId()).step(step).campaign(round.getCampaignId()).detail(opinion));
    return redraftDue;
  }

  /** The day the round's 通报 was issued: the earliest day it can have been reported upward. */
  @Transactional(readOnly = true)
  public LocalDate issueDateOf(String processInstanceId) {
    return rounds.ofProcess(processInstanceId).getIssueDate();
  }

  /** ORG-2 上报: when, to whom, how and under which number the summary went upward. */
  public void reportUpward(String processInstanceId, UpwardReport report, ProcessStep step) {
    SupervisionRound round = rounds.ofProcess(processInstanceId);
    round.reported(report, step.actorOrSystem(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.REPORTED_UPWARD, AuditSubject.SUPERVISION_ROUND, round.getId()).step(step)
        .campaign(round.getCampaignId()).detail(report.reportedOn() + " 以" + report.method() + "报送"
            + report.reportedTo() + (report.documentNumber() == null ? "" : "（" + report.documentNumber() + "）")));
  }
}
