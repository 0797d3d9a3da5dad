package cn.qijin.dashboard;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.ObligationService;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRequest;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * A campaign of the default template (PH-2 2017-07-01 … PH-3 2018-12-31) whose units are driven, by the engine
 * clock, into every state the dashboard colours. At 2017-12-20 10:00 (see {@link #toDecember20()}):
 * <pre>
 *            2017Q3                          2017Q4
 * onTime     已履行                           已履行
 * late       逾期履行 (accepted 10-05)         即将到期
 * ignored    已督办 level 3 (due 09-30)         即将到期
 * exempted   已豁免                           已延期 (to 2018-01-31)
 * organ      已督办 level 2 (extended to 12-10) 即将到期
 * recent     已督办 level 1 (extended to 12-17) 即将到期
 * </pre>
 * onTime has ENT-1 and ENT-2 accepted (08-01), exempted ORG-V2 (08-01), organ ORG-V3 (10-05); the school has no
 * checklist items and no obligations. {@code ignored}'s name holds HTML to prove the page escapes it.
 */
public class DashboardScenario {

  public static final String IGNORED_NAME = "<i>台儿庄&机械</i>厂";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final CampaignDriver drive;
  private final UnitService units;
  private final CampaignService campaigns;
  private final ObligationRepository obligations;
  private final ObligationService obligationService;

  public Campaign campaign;
  public Unit onTime;
  public Unit late;
  public Unit ignored;
  public Unit recent;
  public Unit exempted;
  public Unit organ;
  public Unit school;

  public DashboardScenario(CampaignDriver drive, UnitService units, CampaignService campaigns,
      ObligationRepository obligations, ObligationService obligationService) {
    this.drive = drive;
    this.units = units;
    this.campaigns = campaigns;
    this.obligations = obligations;
    this.obligationService = obligationService;
  }

  /** 2017-07-01 00:00: the campaign's seven units in PH-2, the first quarter's obligations open. */
  public DashboardScenario start() {
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    onTime = unit("ENTERPRISE", "鲁南华源化工有限公司");
    late = unit("ENTERPRISE", "运河建材有限公司");
    ignored = unit("ENTERPRISE", IGNORED_NAME);
    recent = unit("ENTERPRISE", "古城酿造有限公司");
    exempted = unit("ORGAN", "区经信局办公室");
    organ = unit("ORGAN", "区应急管理局综合科");
    school = unit("SCHOOL", "台儿庄区实验小学");
    campaign = campaigns.start(campaigns.define(new CampaignRequest(null, null, "督导看板测试活动", null, null, null,
        null, null, null, null), "office").getId());
    drive.issuePlan(drive.engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    stepTo("2017-07-01T00:00");
    return this;
  }

  /**
   * 2017-09-30 23:59:59.5: the first quarter's due moment has passed, its lapse (00:00) not yet: late and ignored
   * are overdue without escalation; onTime fulfilled; exempted exempted; organ and recent extended.
   */
  public DashboardScenario toFirstDueDayEnd() {
    stepTo("2017-08-01T10:00");
    fulfil(onTime, "2017Q3", "2017-07-20");
    acceptItem(onTime, "ENT-1");
    acceptItem(onTime, "ENT-2");
    acceptItem(exempted, "ORG-V2");
    stepTo("2017-08-10T10:00");
    ObligationEntity exemptedQ3 = obligation(exempted, "2017Q3");
    drive.as("office", Roles.OFFICE, () -> obligationService.exempt(exemptedQ3.getId(), "单位办公楼改造，本季度停止对外办公"));
    stepTo("2017-09-20T10:00");
    extend(organ, "2017Q3", "2017-12-10");
    extend(recent, "2017Q3", "2017-12-17");
    stepTo("2017-09-30T23:59:59.500");
    return this;
  }

  /** 2017-12-20 10:00: the states of the class comment. */
  public DashboardScenario toDecember20() {
    stepTo("2017-10-05T10:00");
    fulfil(late, "2017Q3", "2017-09-25");
    acceptItem(organ, "ORG-V3");
    stepTo("2017-11-15T10:00");
    fulfil(onTime, "2017Q4", "2017-11-10");
    extend(exempted, "2017Q4", "2018-01-31");
    stepTo("2017-12-20T10:00");
    return this;
  }

  public ObligationEntity obligation(Unit unit, String quarter) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), unit.getId()).stream()
        .filter(o -> o.getQuarterCode().equals(quarter)).findFirst()
        .orElseThrow(() -> new AssertionError("no obligation " + quarter + " of " + unit.getCode()));
  }

  private Unit unit(String venue, String name) {
    String code = "DB" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    return units.register(new UnitRequest(code, name, venue, "联系人", "0632-0000000", code.toLowerCase() + "@example.org",
        true));
  }

  private void stepTo(String shanghaiTime) {
    drive.at(shanghaiTime);
    drive.fireDueTimers();
  }

  /** The unit records a session held on {@code held} and the office accepts it. */
  private void fulfil(Unit unit, String quarter, String held) {
    String process = obligation(unit, quarter).getProcessInstanceId();
    Map<String, Object> session = new HashMap<>();
    session.put("unitAction", "session");
    session.put("sessionDate", held);
    session.put("sessionType", "事故警示教育会");
    session.put("sessionParticipants", 30L);
    session.put("sessionCases", "分析某化工企业爆炸事故");
    session.put("sessionSummary", "组织职工观看事故警示片并讨论。");
    drive.completeAs(unit.getCode().toLowerCase(), unit.groupId(), drive.task(process, "RecordSessionTask"), session);
    drive.completeAs("office", Roles.OFFICE, drive.task(process, "ReviewSessionTask"), Map.of("sessionApproved", true));
  }

  /** The unit asks for a later due date and the office approves. */
  private void extend(Unit unit, String quarter, String until) {
    String process = obligation(unit, quarter).getProcessInstanceId();
    drive.completeAs(unit.getCode().toLowerCase(), unit.groupId(), drive.task(process, "RecordSessionTask"),
        Map.of("unitAction", "extension", "extensionDate", until, "extensionReason", "设备检修，人员集中在岗时间推迟"));
    drive.completeAs("office", Roles.OFFICE, drive.task(process, "DecideExtensionTask"),
        Map.of("extensionApproved", true));
  }

  /** The unit carries out a checklist item (PH-2) and the office accepts it (销号). */
  private void acceptItem(Unit unit, String itemCode) {
    String process = drive.unitInstance(campaign, unit).getId();
    LocalDate held = CampaignClock.today().minusDays(1);
    drive.completeAs(unit.getCode().toLowerCase(), unit.groupId(),
        drive.itemTask(process, "ImplementItemTask", itemCode), CampaignDriver.itemRecord(held));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(process, "ReviewItemTask", itemCode),
        CampaignDriver.accept());
  }
}
