package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecord;
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

import cn.qijin.campaign.CampaignVariables;
import cn.qijin.kernel.CampaignClock;
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

  private final RectificationSteps steps;

  public ProblemRectificationInitializer(RectificationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RectificationSteps.StartedRectification started =
        steps.start(PROBLEM_ID.get(execution), execution.getProcessInstanceId());
    ConsolidationRecord problem = started.problem();
    execution.setVariables(CampaignVariables.of(started.campaign()));
    PROBLEM_TITLE.set(execution, problem.getTitle());
    PROBLEM_DETAIL.set(execution, problem.getDetail());
    PROBLEM_ORIGIN.set(execution, problem.getOrigin().chineseName());
    OWNER_GROUP.set(execution, problem.getOwnerGroup());
    OWNER_NAME.set(execution, problem.getOwner());
    // the Tasklist filters' 单位 column
    UNIT_NAME.set(execution, problem.getOwner());
    OWNER_IS_UNIT.set(execution, started.unit().isPresent());
    started.unit().ifPresent(unit -> {
      UNIT_ID.set(execution, unit.getId());
      UNIT_CODE.set(execution, unit.getCode());
      VENUE_NAME.set(execution, unit.getVenue().chineseName());
    });
    DUE_DATE.set(execution, problem.getDueDate().toString());
    DUE_AT.set(execution, CampaignClock.endOfDay(problem.getDueDate()));
    OVERDUE_AT.set(execution, CampaignClock.startOfDay(problem.getDueDate().plusDays(1)));
    NEXT_REMINDER_AT.set(execution, Date.from(started.firstReminderAt()));
  }
}
