package cn.qijin.supervision;

import java.time.LocalDate;

/** ORG-2 上报: to whom, when, how and under which number the quarter's summary went up. */
public record UpwardReport(String reportedTo, LocalDate reportedOn, String method, String documentNumber,
    String note) {}
