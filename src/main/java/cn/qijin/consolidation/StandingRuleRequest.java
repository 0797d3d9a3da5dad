package cn.qijin.consolidation;

import java.time.LocalDate;

/** A good example made a standing rule (常态化制度): 制度名称, 制度内容, 施行日期. */
public record StandingRuleRequest(String title, String text, LocalDate effectiveDate) {}
