package cn.qijin.obligation;

import java.time.LocalDate;

/** What a unit reports about one session, already checked. */
public record SessionRecord(LocalDate heldOn, String type, long participants, String casesAnalysed, String summary) {}
