package cn.qijin.consolidation;

import java.util.List;

/** The office's PH-3 marks as the consolidation form sends them (variable consolidationJson). */
public record ConsolidationMarks(List<GoodExample> goodExamples, List<StandingRule> standingRules,
    List<Problem> problems) {

  public record GoodExample(String title, String unitCode, String detail) {}

  public record StandingRule(String title, String text, String effectiveDate) {}

  public record Problem(String title, String owner, String dueDate, String detail) {}

  public List<GoodExample> goodExamples() {
    return goodExamples == null ? List.of() : goodExamples;
  }

  public List<StandingRule> standingRules() {
    return standingRules == null ? List.of() : standingRules;
  }

  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
