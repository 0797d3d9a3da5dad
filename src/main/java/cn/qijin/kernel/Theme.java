package cn.qijin.kernel;

import cn.qijin.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The six themes (三、工作重点) every activity and piece of evidence is tagged with. */
public enum Theme {
  T1("安全发展观念"),
  T2("安全生产形势任务"),
  T3("安全生产措施和经验"),
  T4("安全生产法治"),
  T5("安全生产知识技能"),
  T6("事故警示教育");

  private final String chineseName;

  Theme(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Parses "T1,T5" into themes; refuses unknown codes with a Chinese message. */
  public static Set<Theme> parseList(String csv) {
    Set<Theme> themes = new LinkedHashSet<>();
    if (csv == null) {
      return themes;
    }
    for (String part : csv.split("[,，\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String code = part.trim().toUpperCase();
      themes.add(Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
          .orElseThrow(() -> new InvalidInputException("未知的宣传主题“" + part.trim() + "”，可选 T1–T6")));
    }
    return themes;
  }

  public static String toCsv(Set<Theme> themes) {
    return themes.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
