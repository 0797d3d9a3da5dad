package cn.qijin.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No process variable is named by a string literal in src/main/java outside cn.qijin.kernel.process: neither
 * as the name argument of an engine variable API nor as any literal that spells a contract name.
 */
class ProcessVariableLiteralsTest {

  /**
   * An engine variable API called with a string literal as the name: the first argument, or the second after
   * an id ({@code taskService.getVariable(taskId, "x")}, {@code runtimeService.setVariable(id, "x", v)}).
   */
  static final Pattern LITERAL_NAME = Pattern.compile(
      "\\b(?:(?:get|set|remove|has)Variables?(?:Local)?(?:Typed)?"
          + "|putValue(?:Typed)?|variableName(?:Like)?|variableValue\\w*|processVariableValue\\w*"
          + "|taskVariableValue\\w*|caseInstanceVariableValue\\w*|processInstanceVariableEquals"
          + "|setVariablesLocal|correlationKey)"
          + "\\s*\\(\\s*(?:[\\w.]+(?:\\(\\s*\\))?\\s*,\\s*)?\"");

  /** Lines where a literal that happens to spell a variable name is no variable: JPA attributes and columns. */
  static final Pattern NOT_A_VARIABLE = Pattern.compile("root\\.get\\(\"|Sort\\.by\\(|@Column\\(");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  @Test
  void theEngineApisAreNeverGivenALiteralName() {
    List<String> hits = new ArrayList<>();
    JavaSources.outsideContract().forEach((file, text) -> eachLine(file, text, (where, line) -> {
      if (LITERAL_NAME.matcher(line).find()) {
        hits.add(where + ": " + line.trim());
      }
    }));
    assertThat(hits).isEmpty();
  }

  @Test
  void noLiteralSpellsAContractName() {
    Set<String> names = ProcessVariables.ALL.stream().map(ProcessVariable::name).collect(Collectors.toSet());
    List<String> hits = new ArrayList<>();
    JavaSources.outsideContract().forEach((file, text) -> eachLine(file, text, (where, line) -> {
      if (NOT_A_VARIABLE.matcher(line).find()) {
        return;
      }
      Matcher literal = STRING_LITERAL.matcher(line);
      while (literal.find()) {
        if (names.contains(literal.group(1))) {
          hits.add(where + ": \"" + literal.group(1) + "\" in " + line.trim());
        }
      }
    }));
    assertThat(hits).isEmpty();
  }

  @Test
  void theScanCatchesWhatItShould() {
    assertThat(List.of(
        "Long id = (Long) execution.getVariable(\"campaignId\");",
        "execution.setVariable(\"unitCode\", code);",
        "task.setVariableLocal( \"x\", null);",
        "execution.removeVariable(\"leadershipOpinion\");",
        "tasks.getVariable(t.getId(), \"itemId\")",
        "runtime.setVariable(executionId, \"x\", 1L);",
        "Variables.createVariables().putValue(\"obligationCode\", code)",
        "Variables.putValueTyped(\"x\", value)",
        "query.processVariableValueEquals(\"campaignId\", 1L)",
        "query.variableValueEquals(\"campaignId\", 1L)",
        "runtime.createVariableInstanceQuery().variableName(\"unitId\")",
        "execution.getVariableTyped(\"x\")",
        "scope.hasVariable(\"x\")"))
        .allMatch(line -> LITERAL_NAME.matcher(line).find());
    assertThat(List.of(
        "Long id = CAMPAIGN_ID.get(execution);",
        "query.processVariableValueEquals(CAMPAIGN_ID.name(), 1L)",
        "tasks.getVariable(t.getId(), ITEM_ID.name())",
        "execution.getVariable(name)",
        "task.setName(\"审核 \" + item)"))
        .noneMatch(line -> LITERAL_NAME.matcher(line).find());
  }

  private interface LineVisitor {
    void visit(String where, String line);
  }

  private static void eachLine(Path file, String text, LineVisitor visitor) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      visitor.visit(file + ":" + (i + 1), lines[i]);
    }
  }
}
