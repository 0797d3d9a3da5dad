package cn.qijin.supervision;

import java.util.List;

/**
 * A 通报 as the office submits it from the drafting form (variable {@code noticeJson}), or as the system proposes
 * it from the summary: units are named by code; the reason says why a unit is named.
 */
public record NoticeProposal(String documentNumber, String title, String addressee, String body,
    List<String> commended, List<Named> named) {

  public record Named(String unitCode, String reason) {}
}
