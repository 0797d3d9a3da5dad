package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.NEXT_REMINDER_AT;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.qijin.kernel.Quarter;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** REC-2: once 红色约谈 is reached the leadership group follows the unit up; no reminder mail goes out any more. */
class ObligationReminderTest {

  private final ObligationRepository obligations = mock(ObligationRepository.class);
  private final ObligationDefinitionRepository definitions = mock(ObligationDefinitionRepository.class);
  private final Units units = mock(Units.class);
  private final UnitTaskReminder reminder = mock(UnitTaskReminder.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void REC_2_no_reminder_is_sent_once_the_talk_level_is_reached() {
    ObligationEntity obligation = new ObligationEntity(1L, 2L, 3L, ObligationPeriod.of(Quarter.parse("2017Q3")),
        LocalDate.of(2017, 7, 1), Instant.parse("2017-09-30T15:59:59Z"));
    obligation.escalateTo(ObligationLadder.TALK_LEVEL);
    when(execution.getProcessInstanceId()).thenReturn("pi");
    when(obligations.ofProcess("pi")).thenReturn(obligation);
    when(execution.getVariable(NEXT_REMINDER_AT.name())).thenReturn(Date.from(Instant.parse("2017-10-20T01:00:00Z")));

    new ObligationReminder(new ObligationReminders(obligations, definitions, units,
      cn.qijin.support.TestOrganisation.unrecorded()), reminder).execute(execution);

    verifyNoInteractions(reminder, units, definitions);
    verify(execution, never()).setVariable(any(String.class), any());
  }
}
