package cn.qijin.supervision;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.supervision.document.DocumentText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a drafted 通报 against the round's summary (every unit named or commended took part in the quarter) and
 * against what the Word document can render: the body may have line breaks (each line a paragraph), the
 * one-line fields may not, and no field may hold a control character the document cannot show.
 */
final class NoticeValidation {

  private NoticeValidation() {}

  static NoticeProposal parse(ObjectMapper json, String noticeJson) {
    if (noticeJson == null || noticeJson.isBlank()) {
      throw new InvalidInputException("请起草通报内容");
    }
    NoticeProposal proposal;
    try {
      proposal = json.readValue(noticeJson, NoticeProposal.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("通报内容格式不正确，请刷新页面后重新填写");
    }
    boolean holes = proposal == null
        || proposal.commended() != null && proposal.commended().stream().anyMatch(java.util.Objects::isNull)
        || proposal.named() != null && proposal.named().stream().anyMatch(java.util.Objects::isNull);
    if (holes) {
      throw new InvalidInputException("通报内容格式不正确，请刷新页面后重新填写");
    }
    return proposal;
  }

  static NoticeProposal check(NoticeProposal p, QuarterSummary summary) {
    Map<String, UnitQuarterRow> units = summary.venues().stream().flatMap(v -> v.units().stream())
        .collect(Collectors.toMap(UnitQuarterRow::unitCode, Function.identity()));
    List<String> commended = p.commended() == null ? List.of() : p.commended().stream().map(NoticeValidation::code).toList();
    Set<String> seen = new HashSet<>();
    for (String code : commended) {
      requireUnit(units, code, "表扬");
      if (!seen.add(code)) {
        throw new InvalidInputException("单位“" + units.get(code).unitName() + "”在表扬名单中重复");
      }
    }
    List<NoticeProposal.Named> named = p.named() == null ? List.of() : p.named().stream()
        .map(n -> new NoticeProposal.Named(code(n.unitCode()), n.reason())).toList();
    Set<String> namedSeen = new HashSet<>();
    for (NoticeProposal.Named n : named) {
      requireUnit(units, n.unitCode(), "点名");
      String name = units.get(n.unitCode()).unitName();
      if (seen.contains(n.unitCode())) {
        throw new InvalidInputException("单位“" + name + "”不能既受表扬又被点名");
      }
      if (!namedSeen.add(n.unitCode())) {
        throw new InvalidInputException("单位“" + name + "”在点名名单中重复");
      }
      line(n.reason(), "对“" + name + "”的点名原因", 200);
    }
    return new NoticeProposal(line(p.documentNumber(), "发文字号", 100), line(p.title(), "通报标题", 200),
        line(p.addressee(), "主送单位", 200), text(p.body(), "通报正文", 8000), commended,
        named.stream().map(n -> new NoticeProposal.Named(n.unitCode(), n.reason().trim())).toList());
  }

  private static String code(String value) {
    return value == null ? "" : value.trim().toUpperCase();
  }

  private static void requireUnit(Map<String, UnitQuarterRow> units, String code, String list) {
    if (!units.containsKey(code)) {
      throw new InvalidInputException(list + "名单中的单位编码“" + code + "”不是本季度的参与单位");
    }
  }

  /** Text of a one-line field: as {@link #text}, without line breaks (the form's field has one line). */
  private static String line(String value, String label, int max) {
    String text = text(value, label, max);
    if (DocumentText.hasLineBreak(text)) {
      throw new InvalidInputException(label + "不能换行，请写在一行内");
    }
    return text;
  }

  private static String text(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请填写" + label);
    }
    String text = value.trim();
    if (text.length() > max) {
      throw new InvalidInputException(label + "不能超过 " + max + " 字（现有 " + text.length() + " 字）");
    }
    int bad = DocumentText.firstUnrenderable(text);
    if (bad >= 0) {
      throw new InvalidInputException(label + "的第 " + (text.codePointCount(0, bad) + 1) + " 个字符（"
          + String.format("U+%04X", (int) text.charAt(bad)) + "）无法在通报中显示（多为从其他软件复制时带入的控制字符），"
          + "请删除后重新提交");
    }
    return text;
  }
}
