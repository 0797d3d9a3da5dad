package cn.qijin.organisation;

import cn.qijin.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A member's role in its body: the leadership group has one 组长 (ORG-1), the office one 主任 — a named person, as
 * the plan names 吴振明 (ORG-2).
 */
public enum MemberRole {
  LEADER(Body.LEADERSHIP, "组长", true),
  DEPUTY_LEADER(Body.LEADERSHIP, "副组长", false),
  MEMBER(Body.LEADERSHIP, "成员", false),
  DIRECTOR(Body.OFFICE, "主任", true),
  DEPUTY_DIRECTOR(Body.OFFICE, "副主任", false),
  STAFF(Body.OFFICE, "工作人员", false);

  private final Body body;
  private final String chineseName;
  private final boolean single;

  MemberRole(Body body, String chineseName, boolean single) {
    this.body = body;
    this.chineseName = chineseName;
    this.single = single;
  }

  public Body body() {
    return body;
  }

  public String chineseName() {
    return chineseName;
  }

  /** At most one member holds it. */
  public boolean single() {
    return single;
  }

  /** Accepts the enum name (DIRECTOR) or the Chinese name (主任). */
  public static MemberRole parse(String value) {
    String v = value == null ? "" : value.trim();
    return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(v) || r.chineseName.equals(v)).findFirst()
        .orElseThrow(() -> new InvalidInputException("未知的职务“" + v + "”，可选："
            + Arrays.stream(values()).map(r -> r.body.chineseName() + r.chineseName).collect(Collectors.joining("、"))));
  }
}
