package cn.qijin.obligation;

import static cn.qijin.support.model.ModelTestEngine.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.support.model.ModelTestEngine;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13; REC-2: the escalation ladder obligation-escalation.dmn on the in-memory engine — every rule, and
 * EscalationPolicy reading it (the timers' dates of the quarterly obligation come from here).
 */
@Deployment(resources = "qijin/bpmn/obligation-escalation.dmn")
class ObligationEscalationModelTest {

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  DecisionService decisions;

  @BeforeEach
  void services() {
    decisions = engine.getDecisionService();
  }

  @Test
  void every_rule_fires_for_any_obligation_code_in_level_order() {
    for (String code : new String[] {"ENT-5", "ORG-V1", "COM-2", "PUB-2"}) {
      DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(EscalationPolicy.DECISION,
          Variables.putValue("obligationCode", code));
      assertThat(result.getResultList()).as(code).containsExactly(
          Map.of("level", 1, "levelName", "黄色预警", "daysOverdue", 0),
          Map.of("level", 2, "levelName", "橙色督办", "daysOverdue", 7),
          Map.of("level", 3, "levelName", "红色约谈", "daysOverdue", 15));
    }
  }

  @Test
  void the_policy_places_the_ladder_after_the_due_day_in_shanghai() {
    EscalationPolicy policy = new EscalationPolicy(decisions);
    var ladder = policy.ladder("ENT-5");
    assertThat(ladder).extracting(EscalationPolicy.Step::level).containsExactly(1, 2, 3);
    LocalDate due = LocalDate.of(2017, 9, 30);
    // lapse on the first day after the due day, 7 and 15 days after that, each at 00:00 Shanghai
    assertThat(ladder.get(0).at(due)).isEqualTo(shanghai(2017, 10, 1, 0, 0));
    assertThat(ladder.get(1).at(due)).isEqualTo(shanghai(2017, 10, 8, 0, 0));
    assertThat(ladder.get(2).at(due)).isEqualTo(shanghai(2017, 10, 16, 0, 0));
    assertThat(policy.step("COM-2", 3).name()).isEqualTo("红色约谈");
  }

  @Test
  void a_year_turn_is_no_special_case() {
    var ladder = new EscalationPolicy(decisions).ladder("ORG-V1");
    LocalDate due = LocalDate.of(2026, 12, 31);
    assertThat(ladder.get(0).at(due)).isEqualTo(shanghai(2027, 1, 1, 0, 0));
    assertThat(ladder.get(2).at(due)).isEqualTo(shanghai(2027, 1, 16, 0, 0));
  }
}
