package cn.qijin.supervision;

import cn.qijin.kernel.process.ProcessKeys;

/** Keys of the supervision processes and the variables they carry. */
public final class SupervisionProcesses {

  public static final String SUPERVISION_PROCESS = ProcessKeys.SUPERVISION;
  public static final String SCHEDULE_PROCESS = ProcessKeys.SUPERVISION_SCHEDULE;

  private SupervisionProcesses() {}

  static String businessKey(Long campaignId, String quarterCode) {
    return "supervision-" + campaignId + "-" + quarterCode;
  }
}
