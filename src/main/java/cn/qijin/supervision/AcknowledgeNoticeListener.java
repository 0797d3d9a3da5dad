package cn.qijin.supervision;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.common.CampaignClock;
import cn.qijin.common.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.unit.UnitRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A unit signs (签收) the circulated 通报, with what it will do about it; late when after the due date. */
@Component("acknowledgeNoticeListener")
public class AcknowledgeNoticeListener implements TaskListener {

  private final NoticeAcknowledgementRepository acknowledgements;
  private final UnitRepository units;
  private final AuditTrail audit;

  public AcknowledgeNoticeListener(NoticeAcknowledgementRepository acknowledgements, UnitRepository units,
      AuditTrail audit) {
    this.acknowledgements = acknowledgements;
    this.units = units;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    if (!in.requiredChoice("acknowledged", "是否已阅知通报")) {
      throw new InvalidInputException("请确认已阅知通报内容后再签收");
    }
    String comment = in.optionalText("acknowledgementComment", "落实意见", 2000);
    Long unitId = units.findByCode((String) task.getVariable("unitCode")).orElseThrow().getId();
    NoticeAcknowledgement ack = acknowledgements.findByRoundIdAndUnitId(in.longVariable("roundId"), unitId).orElseThrow();
    ack.acknowledge(TaskInput.actor(task), CampaignClock.now(), comment);
    audit.record(AuditEntry.of(AuditAction.NOTICE_ACKNOWLEDGED, AuditSubject.SUPERVISION_ROUND, ack.getRoundId())
        .task(task).unit(unitId).detail((ack.isLate() ? "逾期签收" : "按期签收") + (comment == null ? "" : "：" + comment)));
  }
}
