package cn.qijin.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each form of forms/ lets a user submit (issue 10): its own fields, never who or what the task is about. */
class FormDeclarationTest {

  private static final List<String> IDENTITY = List.of("unitId", "itemId", "obligationId", "unitCode", "campaignId",
      "venue", "evidenceId", "roundId", "problemId", "unitGroup", "ph1End", "ph2Start", "ph2End", "ph3End", "dueDate");

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".html")).sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void every_form_declares_its_fields_and_no_identity(Path form) throws IOException {
    FormDeclaration declaration = FormDeclaration.parse(Files.readString(form));
    assertThat(declaration.types()).as(form.toString()).isNotEmpty().doesNotContainKeys(IDENTITY.toArray(String[]::new));
  }

  @Test
  void fields_script_variables_and_types_are_read_from_the_markup() {
    FormDeclaration form = FormDeclaration.parse("""
        <input id="a" cam-variable-name="activityPlace" cam-variable-type="String" required>
        <input type="number"
               cam-variable-name="participantCount" cam-variable-type="Long">
        <input type="checkbox" cam-variable-name="agreed">
        <script cam-script>camForm.variableManager.createVariable({ name: 'consolidationJson', type: 'String', value: null });</script>
        """);
    assertThat(form.types()).containsOnlyKeys("activityPlace", "participantCount", "agreed", "consolidationJson");
    assertThat(form.refusal("participantCount", "Long")).isEmpty();
    assertThat(form.refusal("participantCount", null)).isEmpty();
    assertThat(form.refusal("participantCount", "String")).hasValueSatisfying(m -> assertThat(m).contains("Long"));
    assertThat(form.refusal("agreed", "Boolean")).isEmpty();
    assertThat(form.refusal("agreed", "Object")).isPresent();
    assertThat(form.refusal("unitId", "Long")).hasValue("本表单没有字段“unitId”");
    assertThat(FormDeclaration.NONE.refusal("anything", "String")).isPresent();
  }
}
