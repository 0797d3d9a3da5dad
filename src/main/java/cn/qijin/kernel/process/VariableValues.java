package cn.qijin.kernel.process;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Several typed values at once, for {@code startProcessInstanceByKey}, {@code complete}, {@code correlate} or
 * {@code setVariables}: {@code VariableValues.of(ROUND_ID, id).and(QUARTER_CODE, code).asMap()}.
 */
public final class VariableValues {

  private final VariableMap map = Variables.createVariables();

  private VariableValues() {}

  public static VariableValues empty() {
    return new VariableValues();
  }

  public static <T> VariableValues of(ProcessVariable<T> variable, T value) {
    return new VariableValues().and(variable, value);
  }

  public <T> VariableValues and(ProcessVariable<T> variable, T value) {
    variable.put(map, value);
    return this;
  }

  public VariableMap asMap() {
    return map;
  }
}
