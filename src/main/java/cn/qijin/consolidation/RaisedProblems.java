package cn.qijin.consolidation;

import java.util.List;

/**
 * Problems raised outside PH-3's rectification that belong in its problem register — the problems units report to
 * the office and the leadership group (ORG-1, cn.qijin.problemreport).
 */
public interface RaisedProblems {

  /** The campaign's raised problems as register rows (every campaign's when {@code campaignId} is null). */
  List<ProblemView> of(Long campaignId);
}
