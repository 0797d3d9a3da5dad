package cn.qijin.kernel.process;

import java.util.List;

/** The process definition keys of the models in bpmn/ (the {@code id} of each {@code bpmn:process}). */
public final class ProcessKeys {

  /** 活动总流程: mobilisation, the unit processes, consolidation. */
  public static final String CAMPAIGN = "qijin_campaign";
  /** 单位流程: one per participant unit. */
  public static final String UNIT_CAMPAIGN = "qijin_unit_campaign";
  /** 季度（月度）活动: one per unit obligation and period. */
  public static final String OBLIGATION = "qijin_quarterly_obligation";
  /** 季度督导: one round per campaign and quarter. */
  public static final String SUPERVISION = "qijin_quarterly_supervision";
  /** Starts the quarterly supervision rounds. */
  public static final String SUPERVISION_SCHEDULE = "qijin_supervision_schedule";
  /** 问题上报: a unit reports a problem to the office. */
  public static final String PROBLEM_REPORT = "qijin_problem_report";
  /** 问题整改: one per problem on the register. */
  public static final String PROBLEM_RECTIFICATION = "qijin_problem_rectification";

  /** 发起活动: the office proposes a campaign, the leadership group approves it before it starts. */
  public static final String CAMPAIGN_LAUNCH = "qijin_campaign_launch";

  public static final List<String> ALL = List.of(CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, SUPERVISION,
      SUPERVISION_SCHEDULE, PROBLEM_REPORT, PROBLEM_RECTIFICATION, CAMPAIGN_LAUNCH);

  private ProcessKeys() {}
}
