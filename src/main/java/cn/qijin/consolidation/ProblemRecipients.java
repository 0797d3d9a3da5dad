package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.notification.Recipients;
import cn.qijin.unit.Units;
import java.util.Set;
import org.springframework.stereotype.Component;

/** E-mail addresses of a problem's owner: the unit (its address and staff) or the office's members. */
@Component
class ProblemRecipients {

  private final Recipients recipients;
  private final Units units;

  ProblemRecipients(Recipients recipients, Units units) {
    this.recipients = recipients;
    this.units = units;
  }

  Set<String> ownerOf(ConsolidationRecord problem) {
    return problem.getUnitId() != null ? recipients.ofUnit(units.find(problem.getUnitId()).orElseThrow())
        : recipients.ofGroup(problem.getOwnerGroup());
  }

  Set<String> ofGroup(String groupId) {
    return recipients.ofGroup(groupId);
  }
}
