package cn.qijin.consolidation;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.organisation.Organisation;
import cn.qijin.security.AccessRules;
import cn.qijin.security.Roles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules behind a PH-3 problem's rectification (REC-2, ORG-1, ORG-2): its start, the owner's report, the
 * office's verification, the reminders to the owner and the escalation of an overdue problem. The process's
 * listeners and delegates read forms and tasks and write back what is returned here.
 */
@Service
@Transactional
public class RectificationSteps {

  private static final Logger LOG = LoggerFactory.getLogger(RectificationSteps.class);

  private final ConsolidationRecordRepository records;
  private final Campaigns campaigns;
  private final Units units;
  private final ProblemReminderPolicy reminders;
  private final ProblemRecipients recipients;
  private final NotificationOutbox outbox;
  private final AccessRules access;
  private final EvidenceRecorder evidence;
  private final AuditTrail audit;
  private final Organisation organisation;

  RectificationSteps(ConsolidationRecordRepository records, Campaigns campaigns, Units units,
      ProblemReminderPolicy reminders, ProblemRecipients recipients, NotificationOutbox outbox, AccessRules access,
      EvidenceRecorder evidence, AuditTrail audit, Organisation organisation) {
    this.organisation = organisation;
    this.records = records;
    this.campaigns = campaigns;
    this.units = units;
    this.reminders = reminders;
    this.recipients = recipients;
    this.outbox = outbox;
    this.access = access;
    this.evidence = evidence;
    this.audit = audit;
  }

  /** What a rectification process carries from its start; {@code unit} is empty when the office owns the problem. */
  public record StartedRectification(ConsolidationRecord problem, Campaign campaign, Optional<Unit> unit,
      Instant firstReminderAt) {}

  /** REC-2: the problem belongs to this process; an owner unit's staff may read it; the first reminder is placed. */
  public StartedRectification start(Long problemId, String processInstanceId) {
    ConsolidationRecord problem = records.findById(problemId)
        .orElseThrow(() -> new IllegalStateException("Problem " + problemId
            + " not found: the rectification process is started by the application only"));
    problem.attachProcess(processInstanceId);
    Campaign campaign = campaigns.find(problem.getCampaignId()).orElseThrow();
    Optional<Unit> unit = Optional.ofNullable(problem.getUnitId()).map(id -> units.find(id).orElseThrow());
    unit.ifPresent(u -> access.grantUnitInstance(u.groupId(), processInstanceId));
    return new StartedRectification(problem, campaign, unit,
        reminders.forCampaign(problem.getCampaignId()).nextAfter(problem.getDueDate(), CampaignClock.now()));
  }

  /**
   * PH-3: the owner reports the rectification; a unit owner's files become the problem's evidence. The office's
   * own problems have no evidence (the evidence store is the units' record). Returns the evidence's id, if any.
   */
  public Optional<Long> reportRectification(String processInstanceId, String note, String uploadIds,
      ProcessStep step) {
    ConsolidationRecord problem = records.problemOfProcess(processInstanceId);
    if (problem.getUnitId() == null) {
      if (uploadIds != null) {
        throw new InvalidInputException("由活动办公室负责整改的问题不能上传佐证材料，请在整改情况中说明");
      }
      return Optional.empty();
    }
    Unit unit = units.find(problem.getUnitId()).orElseThrow();
    return evidence.forRectification(problem.getId(), new EvidenceRecorder.Facts(problem.getCampaignId(),
            unit.getId(), unit.getVenue(), processInstanceId, CampaignClock.today(), null, null, null, note,
            step.actorOrSystem()), uploadIds)
        .map(Evidence::getId);
  }

  /** The office's answer to a rectification: accepted with the owner's closing note, or returned with a reason. */
  public record Verification(boolean accepted, String comment, String closingNote) {}

  /**
   * PH-3, ORG-2: the office verifies the rectification (验收). Accepting closes the problem with the owner's closing
   * note, the date and who accepted it; returning sends it back, and a return needs a reason.
   */
  public void verify(String processInstanceId, Verification verification, ProcessStep step) {
    if (!verification.accepted() && verification.comment() == null) {
      throw new InvalidInputException("请填写退回原因");
    }
    ConsolidationRecord problem = records.problemOfProcess(processInstanceId);
    String actor = step.actorOrSystem();
    if (verification.accepted()) {
      problem.close(verification.closingNote(), actor, CampaignClock.now());
      LOG.info("Problem {} closed by {}", problem.getId(), actor);
    } else {
      problem.returned();
    }
    audit.record(AuditEntry.of(verification.accepted() ? AuditAction.PROBLEM_CLOSED : AuditAction.PROBLEM_RETURNED,
        AuditSubject.CONSOLIDATION_RECORD, problem.getId()).step(step).campaign(problem.getCampaignId())
        .unit(problem.getUnitId()).detail(verification.accepted() ? problem.getTitle() : verification.comment()));
    evidence.reviewRectification(problem.getId(), verification.accepted(), verification.comment(), actor);
  }

  /** A reminder's outcome: what the owner was told (empty when nobody was reminded) and when the next one is due. */
  public record Reminder(Optional<String> status, Instant nextAt) {}

  /**
   * REC-2: the reminder due {@code at}. While the owner is rectifying ({@code ownerIsRectifying}) the owner gets an
   * e-mail through the outbox, once per reminder and recipient; while the office is verifying, nobody is reminded.
   */
  public Reminder remind(String processInstanceId, Instant at, boolean ownerIsRectifying) {
    ConsolidationRecord problem = records.problemOfProcess(processInstanceId);
    LocalDate dueDay = problem.getDueDate();
    Optional<String> status = Optional.empty();
    if (ownerIsRectifying) {
      status = Optional.of(status(LocalDate.ofInstant(at, CampaignClock.ZONE), dueDay));
      outbox.enqueue("PROBLEM_REMINDER:" + problem.getId() + ":" + at, "PROBLEM_REMINDER", null,
          recipients.ownerOf(problem), "【问题整改提醒】" + problem.getOwner() + "：" + problem.getTitle(),
          problem.getOwner() + "：\n\n巩固提升阶段交办的问题“" + problem.getTitle() + "”" + status.get()
              + "。\n请登录任务列表，在“整改问题”任务中填写整改情况并提交办公室验收。\n\n" + organisation.signature());
    } else {
      LOG.info("Problem {}: reminder at {} skipped, the office is verifying the rectification", problem.getId(), at);
    }
    return new Reminder(status, reminders.forCampaign(problem.getCampaignId()).nextAfter(dueDay, at));
  }

  static String status(LocalDate day, LocalDate dueDay) {
    long daysLeft = ChronoUnit.DAYS.between(day, dueDay);
    if (daysLeft > 0) {
      return "距整改期限 " + dueDay + " 还有 " + daysLeft + " 天";
    }
    return daysLeft == 0 ? "今天到期（" + dueDay + "）" : "已逾期 " + (-daysLeft) + " 天（整改期限 " + dueDay + "）";
  }

  /** Whom an overdue problem was reported to (a Camunda group), and the comment for the owner's task. */
  public record Escalation(String escalatedTo, String taskComment) {}

  /**
   * REC-2, ORG-2: a problem not closed by its due day is reported to the office (to urge the owner); a problem the
   * office owns itself is reported to the leadership group (ORG-1). Recorded once on the problem, with an e-mail.
   */
  public Escalation escalate(String processInstanceId) {
    ConsolidationRecord problem = records.problemOfProcess(processInstanceId);
    problem.escalated(CampaignClock.now());
    boolean officeOwns = Roles.OFFICE.equals(problem.getOwnerGroup());
    String escalatedTo = officeOwns ? Roles.LEADERSHIP : Roles.OFFICE;
    Set<String> to = new LinkedHashSet<>(recipients.ofGroup(escalatedTo));
    to.addAll(recipients.ownerOf(problem));
    outbox.enqueue("PROBLEM_OVERDUE:" + problem.getId() + ":" + problem.getDueDate(), "PROBLEM_OVERDUE", null, to,
        "【问题整改逾期】" + problem.getOwner() + "：" + problem.getTitle(),
        problem.getOwner() + "未在整改期限 " + problem.getDueDate() + " 前完成问题“" + problem.getTitle() + "”的整改，现报"
            + (officeOwns ? "领导小组督办。" : "活动办公室督办，办公室将督促落实。")
            + "\n\n" + organisation.signature());
    LOG.info("Problem {} ({}) overdue since {}: escalated to {}", problem.getId(), problem.getOwnerGroup(),
        problem.getDueDate(), escalatedTo);
    return new Escalation(escalatedTo,
        "系统提醒：已超过整改期限 " + problem.getDueDate() + "，已报" + (officeOwns ? "领导小组" : "活动办公室") + "督办");
  }
}
