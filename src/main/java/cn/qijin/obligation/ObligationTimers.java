package cn.qijin.obligation;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * REC-3: after an extension has put the new dates into an obligation process's variables, every pending reminder and
 * escalation timer of that process is recomputed from them — whether the office approved a unit's request or
 * extended from the dashboard.
 */
final class ObligationTimers {

  private ObligationTimers() {}

  static void recalculate(ManagementService management, String processInstanceId) {
    for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      management.recalculateJobDuedate(timer.getId(), false);
    }
  }
}
