package cn.qijin.kernel;

import cn.qijin.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The seven venues of the campaign (四、活动内容 V1–V7). */
public enum Venue {
  ENTERPRISE("V1", "企业"),
  SCHOOL("V2", "学校"),
  ORGAN("V3", "机关"),
  COMMUNITY("V4", "社区"),
  RURAL("V5", "农村"),
  FAMILY("V6", "家庭"),
  PUBLIC_PLACE("V7", "公共场所");

  private final String code;
  private final String chineseName;

  Venue(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  public String code() {
    return code;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Accepts the enum name (ENTERPRISE), the plan's code (V1) or the Chinese name (企业). */
  public static Venue parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请选择场所类型（" + allowed() + "）");
    }
    String v = value.trim();
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(v) || x.code.equalsIgnoreCase(v) || x.chineseName.equals(v))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("未知的场所类型“" + v + "”，可选：" + allowed()));
  }

  private static String allowed() {
    return Arrays.stream(values()).map(x -> x.name() + "/" + x.chineseName).collect(Collectors.joining("、"));
  }
}
