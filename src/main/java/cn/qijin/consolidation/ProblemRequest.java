package cn.qijin.consolidation;

import java.time.LocalDate;

/** A problem the office records: owner is a unit code, or empty for the office; due date within PH-3. */
public record ProblemRequest(String title, String description, String ownerUnit, LocalDate dueDate) {}
