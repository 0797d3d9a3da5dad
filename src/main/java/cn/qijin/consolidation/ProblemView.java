package cn.qijin.consolidation;

import java.time.Instant;
import java.time.LocalDate;

/** A PH-3 problem and how far its rectification has come. */
public record ProblemView(Long id, Long campaignId, String title, String detail, String origin, String originName,
    String ownerName, String ownerGroup, String ownerUnitCode, LocalDate dueDate, String status, String statusName,
    boolean closed, String closingNote, Instant closedAt, String closedBy, Instant escalatedAt, int returnCount,
    String processInstanceId, Long evidenceId, String evidenceUrl) {}
