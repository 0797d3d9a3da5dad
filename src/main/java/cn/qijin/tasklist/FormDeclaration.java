package cn.qijin.tasklist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a task form may submit, as the form itself declares them: its fields'
 * {@code cam-variable-name} (with {@code cam-variable-type}) and the variables its script creates with
 * {@code variableManager.createVariable({ name: '…', type: '…' })}. Nothing else may come back with it.
 */
public record FormDeclaration(Map<String, String> types) {

  /** Types a form field can produce; serialized objects, files and bytes only where a form declares them. */
  private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "long", "integer", "short", "double", "date", "null");

  private static final Pattern FIELD = Pattern.compile("<[a-zA-Z]+\\b[^>]*?\\bcam-variable-name=\"([^\"]+)\"[^>]*>");
  private static final Pattern FIELD_TYPE = Pattern.compile("\\bcam-variable-type=\"([^\"]+)\"");
  private static final Pattern SCRIPT_VARIABLE = Pattern.compile(
      "createVariable\\(\\s*\\{\\s*name:\\s*['\"]([^'\"]+)['\"]\\s*,\\s*type:\\s*['\"]([^'\"]+)['\"]");

  /** A task without a form submits nothing. */
  public static final FormDeclaration NONE = new FormDeclaration(Map.of());

  public static FormDeclaration parse(String html) {
    Map<String, String> types = new LinkedHashMap<>();
    Matcher field = FIELD.matcher(html);
    while (field.find()) {
      Matcher type = FIELD_TYPE.matcher(field.group());
      types.put(field.group(1), type.find() ? type.group(1) : "");
    }
    Matcher script = SCRIPT_VARIABLE.matcher(html);
    while (script.find()) {
      types.put(script.group(1), script.group(2));
    }
    return new FormDeclaration(Map.copyOf(types));
  }

  /**
   * Why a submitted variable is refused, in Chinese, or empty when the form declares it with this type.
   * {@code submittedType} is the REST type name ({@code String}, {@code Long} …) or null when untyped.
   */
  public Optional<String> refusal(String name, String submittedType) {
    if (!types.containsKey(name)) {
      return Optional.of("本表单没有字段“" + name + "”");
    }
    String declared = types.get(name).toLowerCase(Locale.ROOT);
    String submitted = submittedType == null ? "" : submittedType.toLowerCase(Locale.ROOT);
    if (submitted.isEmpty() || submitted.equals(declared) || submitted.equals("null")) {
      return Optional.empty();
    }
    if (declared.isEmpty() && PLAIN_TYPES.contains(submitted)) {
      return Optional.empty();
    }
    return Optional.of("字段“" + name + "”的类型应为 " + (declared.isEmpty() ? "文本、数字或是否" : types.get(name))
        + "，提交的是 " + submittedType);
  }
}
