package cn.qijin.common;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.process.ProcessVariable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Server-side checks of what a user submitted with a task form. Forms check the same rules in the
 * browser; these hold for any client (Tasklist, REST) and refuse with the same Chinese message.
 */
public final class TaskInput {

  private final VariableScope scope;

  private TaskInput(VariableScope scope) {
    this.scope = scope;
  }

  public static TaskInput of(VariableScope scope) {
    return new TaskInput(scope);
  }

  /** The user completing the task (the engine's authenticated user), or "system" for engine calls. */
  public static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }

  public String requiredText(ProcessVariable<?> field, String label, int maxLength) {
    String value = optionalText(field, label, maxLength);
    if (value == null) {
      throw new InvalidInputException("请填写" + label);
    }
    return value;
  }

  public String optionalText(ProcessVariable<?> field, String label, int maxLength) {
    Object raw = field.raw(scope);
    if (raw == null) {
      return null;
    }
    String value = raw.toString().trim();
    if (value.isEmpty()) {
      return null;
    }
    if (value.length() > maxLength) {
      throw new InvalidInputException(label + "不能超过 " + maxLength + " 字（现有 " + value.length() + " 字）");
    }
    return value;
  }

  public LocalDate requiredDate(ProcessVariable<?> field, String label, LocalDate from, LocalDate to) {
    String text = requiredText(field, label, 10);
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(label + "格式不正确，应为 yyyy-MM-dd（如 2017-06-15）");
    }
    if (date.isBefore(from) || date.isAfter(to)) {
      throw new InvalidInputException(label + "须在 " + from + " 至 " + to + " 之间");
    }
    return date;
  }

  public long requiredNonNegative(ProcessVariable<?> field, String label) {
    Object raw = field.raw(scope);
    if (raw == null || raw.toString().isBlank()) {
      throw new InvalidInputException("请填写" + label);
    }
    long value;
    try {
      value = raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString().trim());
      if (raw instanceof Double d && d != Math.floor(d)) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException(label + "须为不小于 0 的整数");
    }
    if (value < 0) {
      throw new InvalidInputException(label + "须为不小于 0 的整数");
    }
    return value;
  }

  public boolean requiredChoice(ProcessVariable<?> field, String label) {
    Object raw = field.raw(scope);
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw != null && ("true".equalsIgnoreCase(raw.toString()) || "false".equalsIgnoreCase(raw.toString()))) {
      return Boolean.parseBoolean(raw.toString());
    }
    throw new InvalidInputException("请选择" + label);
  }

  public String requiredOneOf(ProcessVariable<?> field, String label, java.util.Set<String> allowed) {
    Object raw = field.raw(scope);
    if (raw == null || !allowed.contains(raw.toString())) {
      throw new InvalidInputException("请选择" + label);
    }
    return raw.toString();
  }

  /** A date typed by the user, refused when before {@code from} or after {@code to}, with the given message. */
  public LocalDate requiredDateAfter(ProcessVariable<?> field, String label, LocalDate after, LocalDate to, String tooEarly) {
    String text = requiredText(field, label, 10);
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(label + "格式不正确，应为 yyyy-MM-dd（如 2017-06-15）");
    }
    if (!date.isAfter(after)) {
      throw new InvalidInputException(tooEarly);
    }
    if (date.isAfter(to)) {
      throw new InvalidInputException(label + "不能晚于 " + to);
    }
    return date;
  }

  public LocalDate dateVariable(ProcessVariable<String> variable) {
    return LocalDate.parse(variable.get(scope));
  }

  public Long longVariable(ProcessVariable<Long> variable) {
    return ((Number) variable.raw(scope)).longValue();
  }
}
