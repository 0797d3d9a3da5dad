package cn.qijin.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ORG-2 通报 tells the state when it is issued (issue 11, point 10): a draft written on the quarter's summary is
 * brought up to the summary at the leadership group's approval. What the system wrote is rewritten from the new
 * figures — a named unit's reason the office left as proposed, the body's figure paragraphs the office left as
 * proposed; the ranking and the workbook follow the new summary anyway. What the office wrote itself is never
 * rewritten: where it speaks of a unit whose state has changed since (named with a reason of its own, commended
 * though now late or overdue, named though now clear) it is a conflict, and the notice cannot be approved as it
 * stands. Every unit whose obligations changed is listed for the leadership group.
 */
final class NoticeRefresh {

  private NoticeRefresh() {}

  /**
   * The notice brought up to date: {@code changes} say what changed since the draft's summary (shown to the
   * leadership group), {@code conflicts} what the office's own words say that is no longer true.
   */
  record Refreshed(NoticeProposal notice, List<String> changes, List<String> conflicts) {}

  static Refreshed refresh(NoticeProposal draft, QuarterSummary drafted, QuarterSummary current) {
    Map<String, UnitQuarterRow> before = rows(drafted);
    Map<String, UnitQuarterRow> now = rows(current);
    List<String> changes = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (UnitQuarterRow row : now.values()) {
      UnitQuarterRow old = before.get(row.unitCode());
      if (old == null) {
        continue;
      }
      if (!state(old.figures()).equals(state(row.figures()))) {
        changes.add(row.unitName() + "：起草时" + state(old.figures()) + "，现为" + state(row.figures()));
      }
    }
    List<NoticeProposal.Named> named = new ArrayList<>();
    for (NoticeProposal.Named n : draft.named()) {
      UnitQuarterRow old = before.get(n.unitCode());
      UnitQuarterRow row = now.get(n.unitCode());
      String oldReason = old == null ? null : NoticeDrafts.reason(old);
      String newReason = row == null ? null : NoticeDrafts.reason(row);
      if (old == null || row == null || Objects.equals(oldReason, newReason)) {
        named.add(n);
      } else if (newReason == null) {
        conflicts.add("“" + row.unitName() + "”被点名（" + n.reason() + "），但现为" + state(row.figures()));
        named.add(n);
      } else if (n.reason().equals(oldReason)) {
        named.add(new NoticeProposal.Named(n.unitCode(), newReason));
      } else if (!state(old.figures()).equals(state(row.figures()))) {
        conflicts.add("对“" + row.unitName() + "”的点名原因（" + n.reason() + "）由办公室撰写，起草后该单位情况已变化：现为"
            + state(row.figures()));
        named.add(n);
      } else {
        named.add(n);
      }
    }
    for (String code : draft.commended()) {
      UnitQuarterRow row = now.get(code);
      if (row != null && NoticeDrafts.reason(row) != null) {
        conflicts.add("“" + row.unitName() + "”受通报表扬，但现为" + state(row.figures()));
      }
    }
    String body = draft.body();
    List<String> oldFigures = NoticeDrafts.figureParagraphs(drafted);
    List<String> newFigures = NoticeDrafts.figureParagraphs(current);
    for (int i = 0; i < oldFigures.size(); i++) {
      if (oldFigures.get(i).equals(newFigures.get(i))) {
        continue;
      }
      if (body.contains(oldFigures.get(i))) {
        body = body.replace(oldFigures.get(i), newFigures.get(i));
        changes.add("正文中系统生成的统计数字已按现在的情况更新：" + newFigures.get(i));
      } else {
        changes.add("正文由办公室改写，其中的统计数字未自动更新，请核对；现在的情况：" + newFigures.get(i));
      }
    }
    return new Refreshed(new NoticeProposal(draft.documentNumber(), draft.title(), draft.addressee(), body,
        draft.commended(), named), changes, conflicts);
  }

  /** The unit's obligations of the quarter in words: 按时履行 1 项、逾期履行 1 项 … or 无应履行的季度任务. */
  static String state(QuarterFigures f) {
    List<String> parts = new ArrayList<>();
    part(parts, "按时履行", f.onTime());
    part(parts, "逾期履行", f.late());
    part(parts, "逾期未履行", f.overdue());
    part(parts, "豁免", f.exempted());
    part(parts, "未到期", f.pending());
    return parts.isEmpty() ? "无应履行的季度任务" : String.join("、", parts);
  }

  private static void part(List<String> parts, String label, int count) {
    if (count > 0) {
      parts.add(label + " " + count + " 项");
    }
  }

  private static Map<String, UnitQuarterRow> rows(QuarterSummary summary) {
    return summary.venues().stream().flatMap(v -> v.units().stream())
        .collect(Collectors.toMap(UnitQuarterRow::unitCode, Function.identity(), (a, b) -> a,
            java.util.LinkedHashMap::new));
  }
}
