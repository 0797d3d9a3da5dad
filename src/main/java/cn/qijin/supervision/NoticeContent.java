package cn.qijin.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A quarterly 通报 as the office drafted it and the leadership group approved it (ORG-2 通报): issuing body,
 * document number (e.g. 七进办〔2027〕1号), title, addressee (主送), body paragraphs, the units commended and the
 * units named for lateness with the reason, and the titles of the attachments.
 */
public record NoticeContent(String issuer, String documentNumber, String title, LocalDate issueDate,
    String addressee, List<String> paragraphs, List<String> commendedUnits, List<NamedUnit> namedUnits,
    List<String> attachments) {

  public record NamedUnit(String unitName, String reason) {}
}
