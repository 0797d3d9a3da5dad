package cn.qijin.consolidation;

import static cn.qijin.support.CampaignDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.internal.EvidenceEntity;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.evidence.internal.EvidenceRepository;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.evidence.ReviewState;
import cn.qijin.security.AccessRules;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PH-3 problems tracked to closure (qijin_problem_rectification) by the engine clock over the default
 * template's campaign (PH-3 2018-01-01 … 2018-12-31): closed on time, returned then closed, REC-2
 * reminders before, on and after the due day, the overdue escalation to the office (to the leadership
 * group for the office's own problems), and the processes of problems from the consolidation form and
 * from carried-over PH-2 items.
 */
@QijinSpringTest
class ProblemRectificationTest {

  private static final String OFFICE_MAIL = "office-cons@example.org";
  private static final String LEADER_MAIL = "leader-cons@example.org";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ProblemService problems;
  @Autowired ConsolidationRecordRepository records;
  @Autowired EvidenceRepository evidence;

  CampaignDriver drive;
  Unit unit;
  Unit other;
  Campaign campaign;

  @BeforeEach
  void runningCampaign() {
    init(engine);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    mailbox("officecons", Roles.OFFICE, OFFICE_MAIL);
    mailbox("leadercons", Roles.LEADERSHIP, LEADER_MAIL);
    drive.at("2017-06-01T09:00");
    unit = drive.unit("COMMUNITY");
    other = drive.unit("COMMUNITY");
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(mainInstance(), LocalDate.of(2017, 6, 1));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void a_unit_rectifies_on_time_with_evidence_and_the_office_closes_the_problem() {
    drive.at("2018-02-01T10:00");
    ConsolidationRecord problem = problem("宣传栏内容长期未更新", unit.getCode(), "2018-03-31");
    ProcessInstance process = process(problem);
    assertThat(process).isWaitingAt("RectifyProblemTask", "ProblemReminderDue", "ProblemOverdue");
    Task rectify = drive.task(process.getId(), "RectifyProblemTask");
    assertThat(rectify.getName()).isEqualTo("整改问题：宣传栏内容长期未更新");
    assertThat(rectify).hasCandidateGroup(unit.groupId());
    assertThat(rectify.getDueDate()).isEqualTo(shanghai("2018-03-31T23:59:59"));

    // The unit's staff read the definition and their own instance; another unit sees neither instance nor task.
    drive.as("u1", unit.groupId(), () -> {
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(AccessRules.PROBLEM_PROCESS).count()).isEqualTo(1);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count())
          .isEqualTo(1);
    });
    drive.as("u2", other.groupId(), () -> {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count())
          .isZero();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
    });

    assertThatThrownBy(() -> drive.completeAs("u1", unit.groupId(), rectify, Map.of("closingNote", " ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写整改情况");
    drive.at("2018-03-20T10:00");
    drive.completeAs("u1", unit.groupId(), rectify, Map.of("closingNote", "已更换宣传栏内容，建立每月更新制度",
        "evidenceUploads", drive.upload("u1", TestFiles.photo("新宣传栏.png"))));
    Task verify = drive.task(process.getId(), "VerifyRectificationTask");
    assertThat(verify).hasCandidateGroup(Roles.OFFICE);
    assertThat(verify.getName()).isEqualTo("验收整改：宣传栏内容长期未更新（" + unit.getName() + "）");
    assertThat(problems.one(problem.getId()).status()).isEqualTo("VERIFYING");

    drive.at("2018-03-22T15:00");
    drive.completeAs("office", Roles.OFFICE, verify, Map.of("rectificationAccepted", true, "verificationComment", "同意销号"));
    assertThat(process).isEnded().hasPassed("ProblemRectified", "ProblemClosed").hasNotPassed("EscalateOverdueProblem");
    ConsolidationRecord closed = records.findById(problem.getId()).orElseThrow();
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.getClosingNote()).isEqualTo("已更换宣传栏内容，建立每月更新制度");
    assertThat(closed.getClosedBy()).isEqualTo("office");
    assertThat(closed.getClosedAt()).isEqualTo(shanghai("2018-03-22T15:00").toInstant());
    assertThat(closed.getProcessInstanceId()).isEqualTo(process.getId());
    EvidenceEntity files = evidence.findByConsolidationRecordId(problem.getId()).orElseThrow();
    assertThat(files.getReviewState()).isEqualTo(ReviewState.ACCEPTED);
    assertThat(files.getUnitId()).isEqualTo(unit.getId());
    assertThat(files.getFiles()).hasSize(1);
    assertThat(problems.one(problem.getId())).satisfies(v -> {
      assertThat(v.status()).isEqualTo("CLOSED");
      assertThat(v.evidenceUrl()).isEqualTo("/api/evidence/" + files.getId());
    });
    // Nothing waits any more: no reminder, no escalation later.
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).count()).isZero();
    drive.at("2018-05-01T10:00");
    drive.fireDueTimers();
    assertThat(notifications(problem, "PROBLEM_REMINDER")).isEmpty();
    assertThat(notifications(problem, "PROBLEM_OVERDUE")).isEmpty();
  }

  @Test
  void a_returned_rectification_goes_back_with_the_reason_and_is_closed_after_resubmission() {
    drive.at("2018-02-01T10:00");
    ConsolidationRecord problem = problem("未建立志愿者名册", unit.getCode(), "2018-06-30");
    ProcessInstance process = process(problem);
    drive.completeAs("u1", unit.groupId(), drive.task(process.getId(), "RectifyProblemTask"),
        Map.of("closingNote", "已口头通知"));
    assertThat(evidence.findByConsolidationRecordId(problem.getId())).isEmpty();
    Task verify = drive.task(process.getId(), "VerifyRectificationTask");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, verify, Map.of("rectificationAccepted", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写退回原因");
    drive.completeAs("office", Roles.OFFICE, verify,
        Map.of("rectificationAccepted", false, "verificationComment", "请提交志愿者名册"));

    assertThat(process).isWaitingAt("RectifyProblemTask", "ProblemReminderDue", "ProblemOverdue");
    Task again = drive.task(process.getId(), "RectifyProblemTask");
    assertThat(engine.getTaskService().getVariable(again.getId(), "verificationComment")).isEqualTo("请提交志愿者名册");
    assertThat(engine.getTaskService().getVariable(again.getId(), "closingNote")).isEqualTo("已口头通知");
    assertThat(records.findById(problem.getId()).orElseThrow()).satisfies(r -> {
      assertThat(r.isClosed()).isFalse();
      assertThat(r.getReturnCount()).isEqualTo(1);
    });

    drive.completeAs("u1", unit.groupId(), again, Map.of("closingNote", "已建立志愿者名册（32 人）",
        "evidenceUploads", drive.upload("u1", TestFiles.pdf("志愿者名册.pdf"))));
    drive.completeAs("office", Roles.OFFICE, drive.task(process.getId(), "VerifyRectificationTask"),
        Map.of("rectificationAccepted", true));
    assertThat(process).isEnded().hasPassed("ProblemRectified");
    assertThat(records.findById(problem.getId()).orElseThrow().getClosingNote()).isEqualTo("已建立志愿者名册（32 人）");
    assertThat(evidence.findByConsolidationRecordId(problem.getId()).orElseThrow().getReviewState())
        .isEqualTo(ReviewState.ACCEPTED);
    // the audit trail: registered, returned with the reason, closed — by whom
    assertThat(jdbc.queryForList("select action, actor, detail from audit_event where subject_type = 'CONSOLIDATION_RECORD'"
        + " and subject_id = ? order by id", String.valueOf(problem.getId())))
        .extracting(r -> r.get("ACTION") + " " + r.get("ACTOR"))
        .containsExactly("PROBLEM_REGISTERED office", "PROBLEM_RETURNED office", "PROBLEM_CLOSED office");
  }

  /** REC-2: 14 and 3 days before, on the due day, weekly after, at 09:00 Shanghai; escalation on the first overdue day. */
  @Test
  void reminders_fire_before_on_and_after_the_due_day_and_the_office_is_told_when_overdue() {
    drive.at("2018-02-01T10:00");
    ConsolidationRecord problem = problem("居民安全知识知晓率低", unit.getCode(), "2018-03-31");
    ProcessInstance process = process(problem);
    String unitMail = unit.getEmail();

    stepTo("2018-03-17T08:59");
    assertThat(reminders(problem, unitMail)).isZero();
    stepTo("2018-03-17T09:00");
    assertThat(reminders(problem, unitMail)).isEqualTo(1);
    Task rectify = drive.task(process.getId(), "RectifyProblemTask");
    assertThat(rectify.getFollowUpDate()).isEqualTo(shanghai("2018-03-17T09:00"));
    assertThat(engine.getTaskService().getTaskComments(rectify.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("系统提醒：本问题距整改期限 2018-03-31 还有 14 天");
    stepTo("2018-03-28T09:00");
    assertThat(reminders(problem, unitMail)).isEqualTo(2);
    stepTo("2018-03-31T09:00");
    assertThat(reminders(problem, unitMail)).isEqualTo(3);
    assertThat(engine.getRuntimeService().getVariable(process.getId(), "lastReminder"))
        .isEqualTo("2018-03-31 提醒：今天到期（2018-03-31）");
    stepTo("2018-03-31T23:59");
    assertThat(notifications(problem, "PROBLEM_OVERDUE")).isEmpty();
    assertThat(records.findById(problem.getId()).orElseThrow().getEscalatedAt()).isNull();

    // Overdue: the office is told (and the unit), once.
    stepTo("2018-04-01T00:00");
    // (other test classes of the shared context may have added office members with an address)
    assertThat(notifications(problem, "PROBLEM_OVERDUE")).contains(OFFICE_MAIL, unitMail).doesNotHaveDuplicates();
    assertThat(records.findById(problem.getId()).orElseThrow().getEscalatedAt())
        .isEqualTo(shanghai("2018-04-01T00:00").toInstant());
    assertThat(process).hasPassed("EscalateOverdueProblem", "OverdueEscalated")
        .isWaitingAt("RectifyProblemTask", "ProblemReminderDue");
    assertThat(problems.one(problem.getId()).status()).isEqualTo("OVERDUE");
    stepTo("2018-04-07T09:00");
    assertThat(reminders(problem, unitMail)).isEqualTo(4);
    assertThat(engine.getRuntimeService().getVariable(process.getId(), "lastReminder"))
        .isEqualTo("2018-04-07 提醒：已逾期 7 天（整改期限 2018-03-31）");

    // While the office verifies, nobody is reminded; after a return the weekly reminders go on.
    stepTo("2018-04-10T10:00");
    drive.completeAs("u1", unit.groupId(), drive.task(process.getId(), "RectifyProblemTask"),
        Map.of("closingNote", "已开展入户宣传"));
    stepTo("2018-04-14T09:00");
    assertThat(reminders(problem, unitMail)).isEqualTo(4);
    drive.completeAs("office", Roles.OFFICE, drive.task(process.getId(), "VerifyRectificationTask"),
        Map.of("rectificationAccepted", false, "verificationComment", "请附入户宣传记录"));
    stepTo("2018-04-21T09:00");
    assertThat(reminders(problem, unitMail)).isEqualTo(5);
    assertThat(drive.fireDueTimers()).isZero();
    assertThat(notifications(problem, "PROBLEM_OVERDUE")).contains(OFFICE_MAIL, unitMail).doesNotHaveDuplicates();

    drive.completeAs("u1", unit.groupId(), drive.task(process.getId(), "RectifyProblemTask"),
        Map.of("closingNote", "已开展入户宣传，附记录"));
    drive.completeAs("office", Roles.OFFICE, drive.task(process.getId(), "VerifyRectificationTask"),
        Map.of("rectificationAccepted", true));
    stepTo("2018-06-30T10:00");
    assertThat(reminders(problem, unitMail)).isEqualTo(5);
    assertThat(process).isEnded();
  }

  /** The office's own problem: it works the task itself, cannot attach unit evidence, and overdue goes to the leadership group. */
  @Test
  void an_office_owned_problem_is_escalated_to_the_leadership_group() {
    drive.at("2018-02-01T10:00");
    ConsolidationRecord problem = problem("通报制度未落实", null, "2018-02-28");
    assertThat(problem.getOwnerGroup()).isEqualTo(Roles.OFFICE);
    ProcessInstance process = process(problem);
    Task rectify = drive.task(process.getId(), "RectifyProblemTask");
    assertThat(rectify).hasCandidateGroup(Roles.OFFICE);
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, rectify, Map.of("closingNote", "已通报",
        "evidenceUploads", drive.upload("office", TestFiles.photo("通报.png")))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能上传佐证材料");
    stepTo("2018-03-01T00:00");
    assertThat(notifications(problem, "PROBLEM_OVERDUE")).contains(LEADER_MAIL, OFFICE_MAIL);
    assertThat(engine.getRuntimeService().getVariable(process.getId(), "escalatedTo")).isEqualTo(Roles.LEADERSHIP);
  }

  /** Problems from the consolidation form and carried-over PH-2 items get their processes too; a revised form keeps, restarts or withdraws them. */
  @Test
  void problems_from_the_form_and_from_carried_over_items_are_tracked_and_a_revision_reconciles_them() {
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    drive.at("2018-01-01T00:00");
    drive.fireDueTimers();
    List<ConsolidationRecord> carried = records.findByCampaignIdAndOriginOrderByIdAsc(campaign.getId(),
        ConsolidationRecord.Origin.CARRIED_OVER);
    // two community units: COM-1, COM-3…COM-5 and FAM-1 each (issue 11: FAM-1 is every unit's duty; COM-2
    // recurs monthly and is followed by its obligations, not carried over)
    assertThat(carried).hasSize(10).allSatisfy(p -> {
      assertThat(p.getProcessInstanceId()).isNotNull();
      assertThat(p.getOwnerGroup()).isIn(unit.groupId(), other.groupId());
      Task task = drive.task(p.getProcessInstanceId(), "RectifyProblemTask");
      assertThat(task.getName()).matches("整改问题：组织实施阶段未完成：(COM-|FAM-1 ).*");
      assertThat(task.getDueDate()).isEqualTo(shanghai("2018-12-31T23:59:59"));
    });

    ProcessInstance main = mainInstance();
    drive.completeAs("office", Roles.OFFICE, drive.task(main.getId(), "ConsolidationTask"), Map.of(
        "finalSummary", "初稿", "consolidationJson", """
            {"problems":[{"title":"社区宣传员未落实","owner":"%s","dueDate":"2018-06-30"},
                         {"title":"通报不及时","owner":"安全科","dueDate":"2018-03-31"},
                         {"title":"经费不足","owner":"%s","dueDate":"2018-09-30"}]}
            """.formatted(unit.getCode(), other.getName())));
    List<ConsolidationRecord> marked = records.findByCampaignIdAndOriginOrderByIdAsc(campaign.getId(),
        ConsolidationRecord.Origin.OFFICE);
    assertThat(marked).extracting(ConsolidationRecord::getOwnerGroup)
        .containsExactly(unit.groupId(), Roles.OFFICE, other.groupId());
    assertThat(marked).extracting(ConsolidationRecord::getOwner)
        .containsExactly(unit.getName(), "安全科", other.getName());
    ConsolidationRecord staff = marked.get(0);
    ConsolidationRecord notice = marked.get(1);
    ConsolidationRecord funds = marked.get(2);
    String staffProcess = staff.getProcessInstanceId();
    assertThat(drive.task(notice.getProcessInstanceId(), "RectifyProblemTask")).hasCandidateGroup(Roles.OFFICE);
    drive.completeAs("office", Roles.OFFICE, drive.task(notice.getProcessInstanceId(), "RectifyProblemTask"),
        Map.of("closingNote", "已建立每月通报制度"));
    drive.completeAs("office", Roles.OFFICE, drive.task(notice.getProcessInstanceId(), "VerifyRectificationTask"),
        Map.of("rectificationAccepted", true));

    // The leadership group returns the summary; the office revises: a closed problem cannot be removed.
    drive.completeAs("leader", Roles.LEADERSHIP, drive.task(main.getId(), "ApproveSummaryTask"),
        Map.of("summaryApproved", false, "leadershipOpinion", "问题清单请再核实"));
    Task revise = drive.task(main.getId(), "ConsolidationTask");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, revise, Map.of("finalSummary", "修改稿",
        "consolidationJson", "{\"problems\":[]}")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("“通报不及时”已整改销号，不能从问题清单中删除");
    assertThat(records.findById(staff.getId())).isPresent();

    // Keep the closed one, move the first one's due date (restarted), drop the third (withdrawn).
    drive.completeAs("office", Roles.OFFICE, revise, Map.of("finalSummary", "修改稿", "consolidationJson", """
        {"problems":[{"title":"社区宣传员未落实","owner":"%s","dueDate":"2018-08-31"},
                     {"title":"通报不及时","owner":"安全科","dueDate":"2018-03-31"}]}
        """.formatted(unit.getCode())));
    ConsolidationRecord moved = records.findById(staff.getId()).orElseThrow();
    assertThat(moved.getDueDate()).isEqualTo(LocalDate.of(2018, 8, 31));
    assertThat(moved.getProcessInstanceId()).isNotEqualTo(staffProcess);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(staffProcess).count()).isZero();
    assertThat(drive.task(moved.getProcessInstanceId(), "RectifyProblemTask").getDueDate())
        .isEqualTo(shanghai("2018-08-31T23:59:59"));
    assertThat(records.findById(notice.getId()).orElseThrow().isClosed()).isTrue();
    assertThat(records.findById(funds.getId())).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(funds.getProcessInstanceId())
        .count()).isZero();
  }

  private ConsolidationRecord problem(String title, String ownerUnit, String due) {
    ProblemView view = problems.create(campaign.getId(), new ProblemRequest(title, "检查中发现", ownerUnit,
        LocalDate.parse(due)), "office");
    return records.findById(view.id()).orElseThrow();
  }

  private ProcessInstance process(ConsolidationRecord problem) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(records.findById(problem.getId()).orElseThrow().getProcessInstanceId()).singleResult();
  }

  private ProcessInstance mainInstance() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaign.getProcessInstanceId())
        .singleResult();
  }

  private void stepTo(String shanghaiTime) {
    drive.at(shanghaiTime);
    drive.fireDueTimers();
  }

  private int reminders(ConsolidationRecord problem, String recipient) {
    return jdbc.queryForObject("select count(*) from notification where kind = 'PROBLEM_REMINDER' and dedup_key like ?"
        + " and recipient = ?", Integer.class, "PROBLEM_REMINDER:" + problem.getId() + ":%", recipient);
  }

  private List<String> notifications(ConsolidationRecord problem, String kind) {
    return jdbc.queryForList("select recipient from notification where kind = ? and dedup_key like ?", String.class,
        kind, kind + ":" + problem.getId() + ":%");
  }

  private void mailbox(String userId, String groupId, String email) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("测试");
      user.setEmail(email);
      user.setPassword("test-pass");
      identity.saveUser(user);
      identity.createMembership(userId, groupId);
    }
  }
}
