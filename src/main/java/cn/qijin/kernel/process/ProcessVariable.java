package cn.qijin.kernel.process;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One process variable: its name, the Java type its value is stored with, the processes that carry it
 * and what it means. All reads and writes of process variables in Java go through these definitions
 * (see {@link ProcessVariables}); the name is never typed out anywhere else.
 *
 * <p>The type is the type the engine stores today ({@code Long}, {@code String}, {@code Date},
 * {@code Boolean}, {@code Integer}); running instances depend on it, so it is never changed in place.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;
  private final Set<String> processKeys;
  private final String description;

  private ProcessVariable(String name, Class<T> type, String description, Set<String> processKeys) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.description = Objects.requireNonNull(description);
    this.processKeys = Set.copyOf(processKeys);
  }

  static <T> ProcessVariable<T> of(String name, Class<T> type, String description, String... processKeys) {
    if (processKeys.length == 0) {
      throw new IllegalArgumentException("Process variable " + name + " is used by no process");
    }
    return new ProcessVariable<>(name, type, description, new LinkedHashSet<>(List.of(processKeys)));
  }

  /** The variable's name, for queries ({@code variableValueEquals}, {@code processVariableValueEquals} …). */
  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The process definition keys ({@link ProcessKeys}) whose instances carry this variable. */
  public Set<String> processKeys() {
    return processKeys;
  }

  public String description() {
    return description;
  }

  /** The value in the scope (or its parents); fails naming the variable when it is missing or of another type. */
  public T get(VariableScope scope) {
    T value = valueOf(scope.getVariable(name));
    if (value == null) {
      throw new MissingProcessVariableException(
          "Process variable '" + name + "' (" + type.getSimpleName() + ") is missing in " + scopeName(scope));
    }
    return value;
  }

  /** The value in the scope (or its parents), empty when missing or null; fails when it is of another type. */
  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(valueOf(scope.getVariable(name)));
  }

  /** The value in the scope (or its parents), or null; fails when it is of another type. */
  public T orNull(VariableScope scope) {
    return valueOf(scope.getVariable(name));
  }

  /** Whatever value the scope holds under this name, untyped: for a form field whose value is checked separately. */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }

  /** A value read through an engine service ({@code TaskService.getVariable(id, name())}), checked against the type. */
  public T valueOf(Object raw) {
    if (raw == null) {
      return null;
    }
    if (!type.isInstance(raw)) {
      throw new IllegalStateException("Process variable '" + name + "' should be a " + type.getName()
          + " but is a " + raw.getClass().getName() + " (" + raw + ")");
    }
    return type.cast(raw);
  }

  /** Sets the variable where the engine would (the scope that has it, else the process instance). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** Sets the variable on this scope itself (a multi-instance branch, a task). */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  /** Puts the value into a map of variables (to start, complete, correlate or set many at once); returns the map. */
  public <M extends Map<String, Object>> M put(M variables, T value) {
    variables.put(name, value);
    return variables;
  }

  /** A new variable map holding just this value. */
  public VariableMap with(T value) {
    return Variables.createVariables().putValue(name, value);
  }

  private static String scopeName(VariableScope scope) {
    return scope.getVariableScopeKey() + " " + scope.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return name + " (" + type.getSimpleName() + ")";
  }
}
