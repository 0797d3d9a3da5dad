package cn.qijin.consolidation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A PH-3 problem and how far its rectification has come — or, with origin {@code UNIT_REPORT} (单位上报, ORG-1), a
 * problem a unit reported: then {@code id} is null and {@code reportId} reads it at {@code /api/problem-reports/{id}};
 * the owner is whoever holds it (office or leadership group), the closing note the answer.
 */
public record ProblemView(Long id, Long campaignId, String title, String detail, String origin, String originName,
    String ownerName, String ownerGroup, String ownerUnitCode, LocalDate dueDate, String status, String statusName,
    boolean closed, String closingNote, Instant closedAt, String closedBy, Instant escalatedAt, int returnCount,
    String processInstanceId, Long evidenceId, String evidenceUrl, Long reportId, String reportingUnitCode,
    String reportingUnitName) {}
