package cn.qijin.problemreport;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's reported problem as the register shows it: the report, its state, who answered and how (ORG-1). */
public record ProblemReportView(Long id, Long campaignId, String unitCode, String unitName, String venueName,
    String title, String description, String category, String state, String stateName, String reportedBy,
    Instant reportedAt, LocalDate handlingDueDate, boolean referred, String officeReply, String referralNote,
    String handledBy, Instant handledAt, String decision, String decidedBy, Instant decidedAt, String acknowledgedBy,
    Instant acknowledgedAt, String acknowledgementComment, Long evidenceId, String evidenceUrl,
    String processInstanceId) {}
