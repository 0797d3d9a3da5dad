package cn.qijin.obligation;

/** What the record of an obligation says; the view adds due soon / overdue / escalated from time. */
public enum ObligationStatus {
  OPEN,
  FULFILLED,
  FULFILLED_LATE,
  EXEMPTED
}
