package cn.qijin.supervision;

import cn.qijin.common.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a drafted 通报 against the round's summary: every unit named or commended took part in the quarter. */
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
      text(n.reason(), "对“" + name + "”的点名原因", 200);
    }
    return new NoticeProposal(text(p.documentNumber(), "发文字号", 100), text(p.title(), "通报标题", 200),
        text(p.addressee(), "主送单位", 200), text(p.body(), "通报正文", 8000), commended,
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

  private static String text(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请填写" + label);
    }
    if (value.trim().length() > max) {
      throw new InvalidInputException(label + "不能超过 " + max + " 字（现有 " + value.trim().length() + " 字）");
    }
    return value.trim();
  }
}
