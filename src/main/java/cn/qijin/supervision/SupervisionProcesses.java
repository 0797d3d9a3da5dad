package cn.qijin.supervision;

/** Keys of the supervision processes and the variables they carry. */
public final class SupervisionProcesses {

  public static final String SUPERVISION_PROCESS = "qijin_quarterly_supervision";
  public static final String SCHEDULE_PROCESS = "qijin_supervision_schedule";

  private SupervisionProcesses() {}

  static String businessKey(Long campaignId, String quarterCode) {
    return "supervision-" + campaignId + "-" + quarterCode;
  }
}
