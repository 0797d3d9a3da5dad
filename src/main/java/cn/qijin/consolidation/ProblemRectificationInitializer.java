package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.NEXT_REMINDER_AT;
import static cn.qijin.kernel.process.ProcessVariables.OVERDUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.OWNER_GROUP;
import static cn.qijin.kernel.process.ProcessVariables.OWNER_IS_UNIT;
import static cn.qijin.kernel.process.ProcessVariables.OWNER_NAME;
import static cn.qijin.kernel.process.ProcessVariables.PROBLEM_DETAIL;
import static cn.qijin.kernel.process.ProcessVariables.PROBLEM_ID;
import static cn.qijin.kernel.process.ProcessVariables.PROBLEM_ORIGIN;
import static cn.qijin.kernel.process.ProcessVariables.PROBLEM_TITLE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_CODE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;
import static cn.qijin.kernel.process.ProcessVariables.VENUE_NAME;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.CampaignVariables;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.security.AccessRules;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a problem's rectification (PH-3, REC-2): the problem and its owner, the due moment, the
 * first reminder and the overdue moment; the owner unit's staff may read this instance.
 */
@Component("problemRectificationInitializer")
public class ProblemRectificationInitializer implements ExecutionListener {

  private final ConsolidationRecordRepository records;
  private final Campaigns campaigns;
  private final Units units;
  private final ProblemReminderPolicy reminders;
  private final AccessRules access;

  public ProblemRectificationInitializer(ConsolidationRecordRepository records, Campaigns campaigns,
      Units units, ProblemReminderPolicy reminders, AccessRules access) {
    this.records = records;
    this.campaigns = campaigns;
    this.units = units;
    this.reminders = reminders;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ConsolidationRecord problem = records.findById(PROBLEM_ID.get(execution))
        .orElseThrow(() -> new IllegalStateException("Problem " + PROBLEM_ID.get(execution)
            + " not found: the rectification process is started by the application only"));
    problem.attachProcess(execution.getProcessInstanceId());
    execution.setVariables(CampaignVariables.of(campaigns.find(problem.getCampaignId()).orElseThrow()));
    PROBLEM_TITLE.set(execution, problem.getTitle());
    PROBLEM_DETAIL.set(execution, problem.getDetail());
    PROBLEM_ORIGIN.set(execution, problem.getOrigin().chineseName());
    OWNER_GROUP.set(execution, problem.getOwnerGroup());
    OWNER_NAME.set(execution, problem.getOwner());
    // the Tasklist filters' 单位 column
    UNIT_NAME.set(execution, problem.getOwner());
    OWNER_IS_UNIT.set(execution, problem.getUnitId() != null);
    if (problem.getUnitId() != null) {
      Unit unit = units.find(problem.getUnitId()).orElseThrow();
      UNIT_ID.set(execution, unit.getId());
      UNIT_CODE.set(execution, unit.getCode());
      VENUE_NAME.set(execution, unit.getVenue().chineseName());
      access.grantUnitInstance(unit.groupId(), execution.getProcessInstanceId());
    }
    DUE_DATE.set(execution, problem.getDueDate().toString());
    DUE_AT.set(execution, CampaignClock.endOfDay(problem.getDueDate()));
    OVERDUE_AT.set(execution, CampaignClock.startOfDay(problem.getDueDate().plusDays(1)));
    NEXT_REMINDER_AT.set(execution, Date.from(reminders.forCampaign(problem.getCampaignId()).nextAfter(problem.getDueDate(), CampaignClock.now())));
  }
}
