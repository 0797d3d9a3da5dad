package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.ANSWER_SOURCE;
import static cn.qijin.kernel.process.ProcessVariables.ANSWER_TEXT;

import cn.qijin.kernel.CampaignClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ORG-1: the office's reply or the leadership group's decision goes back to the reporting unit — by mail through
 * the outbox (once per report and recipient) and as the unit's task to read it.
 */
@Component("problemReplySender")
public class ProblemReplySender implements JavaDelegate {

  static final String KIND = ProblemReportNotices.REPLY_KIND;

  private final ProblemReportNotices notices;

  public ProblemReplySender(ProblemReportNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemReportNotices.Reply reply = notices.sendReply(execution.getProcessInstanceId());
    ANSWER_SOURCE.set(execution, reply.source());
    ANSWER_TEXT.set(execution, reply.answer());
    ACKNOWLEDGEMENT_DUE_AT.set(execution, CampaignClock.endOfDay(reply.acknowledgementDue()));
  }
}
