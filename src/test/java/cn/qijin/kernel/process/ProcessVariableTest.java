package cn.qijin.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void readsTheTypedValue() {
    when(execution.getVariable("campaignId")).thenReturn(7L);
    assertThat(ProcessVariables.CAMPAIGN_ID.get(execution)).isEqualTo(7L);
    assertThat(ProcessVariables.CAMPAIGN_ID.find(execution)).contains(7L);
    assertThat(ProcessVariables.CAMPAIGN_ID.orNull(execution)).isEqualTo(7L);
  }

  @Test
  void aMissingRequiredVariableIsNamed() {
    when(execution.getVariableScopeKey()).thenReturn("execution");
    assertThatThrownBy(() -> ProcessVariables.ROUND_ID.get(execution))
        .isInstanceOf(MissingProcessVariableException.class)
        .hasMessageContaining("'roundId'").hasMessageContaining("Long");
    assertThat(ProcessVariables.ROUND_ID.find(execution)).isEmpty();
    assertThat(ProcessVariables.ROUND_ID.orNull(execution)).isNull();
  }

  @Test
  void aValueOfAnotherTypeIsNamedWithBothTypes() {
    when(execution.getVariable("unitId")).thenReturn(7);
    assertThatThrownBy(() -> ProcessVariables.UNIT_ID.get(execution))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'unitId'").hasMessageContaining("java.lang.Long").hasMessageContaining("java.lang.Integer");
    assertThatThrownBy(() -> ProcessVariables.UNIT_ID.orNull(execution)).isInstanceOf(IllegalStateException.class);
    assertThat(ProcessVariables.UNIT_ID.raw(execution)).isEqualTo(7);
  }

  @Test
  void writesUnderItsName() {
    ProcessVariables.UNIT_CODE.set(execution, "ENT01");
    ProcessVariables.ACKNOWLEDGED.setLocal(execution, null);
    ProcessVariables.LEADERSHIP_OPINION.remove(execution);
    verify(execution).setVariable("unitCode", "ENT01");
    verify(execution).setVariableLocal("acknowledged", null);
    verify(execution).removeVariable("leadershipOpinion");

    Map<String, Object> vars = ProcessVariables.DUE_DATE.put(new HashMap<>(), "2017-06-30");
    assertThat(vars).containsExactly(Map.entry("dueDate", "2017-06-30"));
    assertThat(VariableValues.of(ProcessVariables.ROUND_ID, 3L).and(ProcessVariables.QUARTER_CODE, "2017Q2").asMap())
        .containsEntry("roundId", 3L).containsEntry("quarterCode", "2017Q2").hasSize(2);
    assertThat(ProcessVariables.OBLIGATION_CODE.with("ENT-5")).containsExactly(Map.entry("obligationCode", "ENT-5"));
  }

  @Test
  void constantNamesFollowTheVariableNames() {
    assertThat(ProcessVariableContractTest.constantName("unitId")).isEqualTo("UNIT_ID");
    assertThat(ProcessVariableContractTest.constantName("escalation1At")).isEqualTo("ESCALATION1_AT");
    assertThat(ProcessVariableContractTest.constantName("ph2StartAt")).isEqualTo("PH2_START_AT");
  }
}
