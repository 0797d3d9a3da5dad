package cn.qijin.consolidation;

import cn.qijin.campaign.CampaignRepository;
import cn.qijin.campaign.CampaignVariables;
import cn.qijin.common.CampaignClock;
import cn.qijin.security.AccessRules;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRepository;
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
  private final CampaignRepository campaigns;
  private final UnitRepository units;
  private final ProblemReminderPolicy reminders;
  private final AccessRules access;

  public ProblemRectificationInitializer(ConsolidationRecordRepository records, CampaignRepository campaigns,
      UnitRepository units, ProblemReminderPolicy reminders, AccessRules access) {
    this.records = records;
    this.campaigns = campaigns;
    this.units = units;
    this.reminders = reminders;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ConsolidationRecord problem = records.findById((Long) execution.getVariable(ProblemProcesses.RECORD_ID))
        .orElseThrow(() -> new IllegalStateException("Problem " + execution.getVariable(ProblemProcesses.RECORD_ID)
            + " not found: the rectification process is started by the application only"));
    problem.attachProcess(execution.getProcessInstanceId());
    execution.setVariables(CampaignVariables.of(campaigns.findById(problem.getCampaignId()).orElseThrow()));
    execution.setVariable("problemTitle", problem.getTitle());
    execution.setVariable("problemDetail", problem.getDetail());
    execution.setVariable("problemOrigin", problem.getOrigin().chineseName());
    execution.setVariable("ownerGroup", problem.getOwnerGroup());
    execution.setVariable("ownerName", problem.getOwner());
    // the Tasklist filters' 单位 column
    execution.setVariable("unitName", problem.getOwner());
    execution.setVariable("ownerIsUnit", problem.getUnitId() != null);
    if (problem.getUnitId() != null) {
      Unit unit = units.findById(problem.getUnitId()).orElseThrow();
      execution.setVariable("unitId", unit.getId());
      execution.setVariable("unitCode", unit.getCode());
      execution.setVariable("venueName", unit.getVenue().chineseName());
      access.grantUnitInstance(unit.groupId(), execution.getProcessInstanceId());
    }
    execution.setVariable("dueDate", problem.getDueDate().toString());
    execution.setVariable("dueAt", CampaignClock.endOfDay(problem.getDueDate()));
    execution.setVariable("overdueAt", CampaignClock.startOfDay(problem.getDueDate().plusDays(1)));
    execution.setVariable("nextReminderAt",
        Date.from(reminders.forCampaign(problem.getCampaignId()).nextAfter(problem.getDueDate(), CampaignClock.now())));
  }
}
