package cn.qijin.support;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRequest;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Drives campaigns through the real services and the engine, with the engine clock in Shanghai time. */
public class CampaignDriver {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  public final ProcessEngine engine;
  private final UnitService units;
  private final CampaignService campaigns;
  private final JdbcTemplate jdbc;
  private final EvidenceUploads uploads;

  public CampaignDriver(ProcessEngine engine, UnitService units, CampaignService campaigns, JdbcTemplate jdbc,
      EvidenceUploads uploads) {
    this.engine = engine;
    this.units = units;
    this.campaigns = campaigns;
    this.jdbc = jdbc;
    this.uploads = uploads;
  }

  /** Uploads files as the given user, as a task form does before completing; returns the upload ids, comma-separated. */
  public String upload(String userId, TestFiles.Named... files) {
    return uploads.upload(java.util.Arrays.stream(files).map(TestFiles.Named::incoming).toList(), userId).stream()
        .map(EvidenceUploads.UploadView::uploadId).collect(java.util.stream.Collectors.joining(","));
  }

  /**
   * Units of earlier tests stop taking part, so each campaign has exactly the units its test registers; and the
   * process instances earlier tests left running are deleted, so that moving the clock here does not make their
   * timers (reminders, ladders, phases, months of obligations) due and fire them all again in every later test.
   */
  public void retireExistingUnits() {
    jdbc.update("update unit set active = false");
    List<String> leftOver = engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
        .stream().map(ProcessInstance::getId).toList();
    if (!leftOver.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(leftOver, "an earlier test's campaign", true, true, false);
    }
  }

  public Unit unit(String venue) {
    String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    return units.register(new UnitRequest(code, "测试单位" + code, venue, "联系人", "0632-0000000",
        code.toLowerCase() + "@example.org", true));
  }

  /** A campaign with exactly two enterprises, each with a web account (user id = unit code in lower case). */
  public record TwoUnits(Campaign campaign, Unit a, Unit b) {

    public static String user(Unit unit) {
      return unit.getCode().toLowerCase();
    }
  }

  /**
   * Two enterprises with accounts (password {@link WebTestUsers#PASSWORD}) in a campaign of the default
   * template whose plan was issued on 2017-06-01 and which entered PH-2 on 2017-07-01 (timers fired).
   */
  public TwoUnits twoEnterprisesInPhase2() {
    retireExistingUnits();
    at("2017-06-01T09:00");
    Unit a = unit("ENTERPRISE");
    Unit b = unit("ENTERPRISE");
    WebTestUsers.ensure(engine.getIdentityService(), TwoUnits.user(a), a.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), TwoUnits.user(b), b.groupId());
    Campaign campaign = start(defineFromDefaultTemplate());
    issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    at("2017-07-01T00:00");
    fireDueTimers();
    return new TwoUnits(campaign, a, b);
  }

  /** Sets the engine clock to a wall-clock time in Asia/Shanghai, e.g. "2017-07-01T00:00". */
  public void at(String shanghaiDateTime) {
    ClockUtil.setCurrentTime(shanghai(shanghaiDateTime));
  }

  public static Date shanghai(String shanghaiDateTime) {
    return Date.from(LocalDateTime.parse(shanghaiDateTime).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
  }

  public Campaign defineFromDefaultTemplate() {
    return campaigns.define(new CampaignRequest(null, null, null, null, null, null, null, null, null, null), "office");
  }

  public Campaign start(Campaign campaign) {
    return campaigns.start(campaign.getId());
  }

  /** Executes every timer job due at the engine clock's now, and those they make due; returns how many ran. */
  public int fireDueTimers() {
    int fired = 0;
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery().timers().executable().list()).isEmpty()) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        fired++;
      }
    }
    return fired;
  }

  /**
   * Executes the due jobs of one campaign and every process below it (unit processes, their quarterly
   * obligations), as the job executor would at this moment; other tests' campaigns are left alone.
   */
  public void runDueJobsOf(String campaignInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = instanceTree(campaignInstanceId).stream()
          .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id).executable().list().stream())
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs of campaign instance " + campaignInstanceId + " keep becoming due");
  }

  private List<String> instanceTree(String rootId) {
    List<String> ids = new java.util.ArrayList<>(List.of(rootId));
    for (int i = 0; i < ids.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(p -> ids.add(p.getId()));
    }
    return ids;
  }

  public ProcessInstance unitInstance(Campaign campaign, Unit unit) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("qijin_unit_campaign")
        .processInstanceBusinessKey("campaign-" + campaign.getId() + "-" + unit.getCode()).singleResult();
  }

  public Task task(String processInstanceId, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
  }

  public List<Task> tasks(String processInstanceId, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .list();
  }

  public Task itemTask(String processInstanceId, String taskKey, String itemCode) {
    return tasks(processInstanceId, taskKey).stream()
        .filter(t -> itemCode.equals(engine.getTaskService().getVariable(t.getId(), "itemCode")))
        .findFirst().orElseThrow(() -> new AssertionError("No " + taskKey + " for " + itemCode));
  }

  /**
   * Completes the task as the user. A submission that carries evidence (a checklist item, a quarterly
   * session) gets a freshly uploaded photo of that user unless the test sets evidenceUploads itself.
   */
  public void completeAs(String userId, String group, Task task, Map<String, Object> vars) {
    Map<String, Object> submitted = new java.util.HashMap<>(vars);
    boolean needsEvidence = "ImplementItemTask".equals(task.getTaskDefinitionKey())
        || ("RecordSessionTask".equals(task.getTaskDefinitionKey()) && "session".equals(vars.get("unitAction")));
    if (needsEvidence && !vars.containsKey("evidenceUploads")) {
      submitted.put("evidenceUploads", upload(userId, TestFiles.photo("现场照片.png")));
    }
    as(userId, group, () -> engine.getTaskService().complete(task.getId(), submitted));
  }

  /** As the security filter chain does for a request: Spring Security's authentication and the engine's. */
  public void as(String userId, String group, Runnable work) {
    engine.getIdentityService().setAuthentication(userId, List.of(group));
    var previous = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
        userId, null, List.of(new SimpleGrantedAuthority(group)))));
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void issuePlan(ProcessInstance campaignInstance, LocalDate issued) {
    completeAs("office", Roles.OFFICE, task(campaignInstance.getId(), "IssuePlanTask"),
        Map.of("planDocumentNumber", "台经信字〔2017〕43号", "planIssueDate", issued.toString()));
  }

  public void recordMeeting(ProcessInstance campaignInstance, LocalDate date) {
    completeAs("office", Roles.OFFICE, task(campaignInstance.getId(), "MobilisationMeetingTask"),
        Map.of("meetingDate", date.toString(), "meetingPlace", "局三楼会议室", "meetingAttendeeCount", 30L,
            "meetingAttendees", "领导小组成员、各单位负责人", "meetingMinutes", "部署“七进”活动。"));
  }

  public static Map<String, Object> itemRecord(LocalDate date) {
    return Map.of("activityDate", date.toString(), "activityPlace", "培训室", "participantCount", 20L,
        "activityThemes", "T5,T6", "activitySummary", "开展了安全教育。");
  }

  /** A quarterly session (REC-1) as the unit records it in 季度任务. */
  public static Map<String, Object> sessionRecord(String date) {
    Map<String, Object> vars = new java.util.HashMap<>();
    vars.put("unitAction", "session");
    vars.put("sessionDate", date);
    vars.put("sessionType", "事故警示教育会");
    vars.put("sessionParticipants", 35L);
    vars.put("sessionCases", "分析某化工企业爆炸事故");
    vars.put("sessionSummary", "组织全体员工观看事故警示片并讨论。");
    return vars;
  }

  public static Map<String, Object> accept() {
    return Map.of("reviewApproved", true, "reviewComment", "同意销号");
  }

  public static Map<String, Object> returnWith(String reason) {
    return Map.of("reviewApproved", false, "reviewComment", reason);
  }
}
