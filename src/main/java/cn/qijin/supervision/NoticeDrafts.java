package cn.qijin.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The system's first draft of a quarter's 通报 (ORG-2 梳理、通报), which the office edits: units that fulfilled all
 * the quarter's obligations on time are proposed for commendation, units with overdue or late obligations are
 * named with the reason, and the body states the quarter's figures.
 */
final class NoticeDrafts {

  private NoticeDrafts() {}

  static NoticeProposal propose(QuarterSummary s, LocalDate today, int sequence) {
    List<String> commended = new ArrayList<>();
    List<NoticeProposal.Named> named = new ArrayList<>();
    for (VenueQuarterSummary venue : s.venues()) {
      for (UnitQuarterRow row : venue.units()) {
        String reason = reason(row);
        if (reason != null) {
          named.add(new NoticeProposal.Named(row.unitCode(), reason));
        } else if (row.figures().onTime() > 0) {
          commended.add(row.unitCode());
        }
      }
    }
    String title = "关于" + s.quarterName() + "安全生产宣传教育“七进”活动开展情况的通报";
    return new NoticeProposal("七进办〔" + today.getYear() + "〕" + sequence + "号", title, "各参与单位",
        body(s), commended, named);
  }

  /** Why a unit is named: obligations overdue (逾期未履行) or fulfilled late (逾期履行); null when neither. */
  static String reason(UnitQuarterRow row) {
    QuarterFigures f = row.figures();
    if (f.overdue() > 0) {
      return "季度任务逾期未履行 " + f.overdue() + " 项"
          + (row.maxEscalationName() != null ? "，已升级至" + row.maxEscalationName() : "");
    }
    return f.late() > 0 ? "季度任务逾期履行 " + f.late() + " 项" : null;
  }

  private static String body(QuarterSummary s) {
    String intro = s.quarterName() + "，各参与单位按照《" + s.campaignName() + "》的部署，认真开展安全生产宣传教育“七进”活动。"
        + "现将本季度活动开展情况通报如下：";
    String demand = "受到表扬的单位要继续保持；被点名的单位要认真查找原因，立即整改，"
        + "于收到本通报后按期在任务列表中签收并落实。办公室将继续跟踪督办，并将情况报区政府。";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(intro);
    paragraphs.addAll(figureParagraphs(s));
    paragraphs.add(demand);
    return String.join("\n\n", paragraphs);
  }

  /** The body's paragraphs that state the quarter's figures: overall, then by venue. */
  static List<String> figureParagraphs(QuarterSummary s) {
    QuarterFigures t = s.totals();
    String overall = "本季度共有 " + t.units() + " 个单位参加活动，应履行季度任务 " + t.obligations() + " 项，"
        + "其中按时履行 " + t.onTime() + " 项、逾期履行 " + t.late() + " 项、逾期未履行 " + t.overdue() + " 项、豁免 "
        + t.exempted() + " 项，季度任务完成率 " + percent(t.fulfilmentRate()) + "；检查项共 " + t.checklistItems()
        + " 项，已销号 " + t.checklistAccepted() + " 项；各单位本季度提交佐证材料 " + t.evidenceFiles() + " 份；"
        + "因逾期升级督办 " + t.escalations() + " 次。";
    String venues = "分场所看，" + String.join("；", s.venues().stream()
        .filter(v -> !v.units().isEmpty())
        .map(v -> v.venue().chineseName() + " " + v.units().size() + " 个单位，"
            + (v.totals().obligations() == 0 ? "无季度任务" : "季度任务完成率 " + percent(v.totals().fulfilmentRate()))
            + "，检查项销号率 " + percent(v.totals().checklistRate()))
        .toList()) + "。各单位排名见附件。";
    return List.of(overall, venues);
  }

  static String percent(double rate) {
    return String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }
}
