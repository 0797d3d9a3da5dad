package cn.qijin.obligation;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.SubjectTitles;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail names an obligation by its code and period, e.g. “ENT-5 2017年第三季度” (issue 14 part 6). */
@Component
class ObligationAuditTitles implements SubjectTitles {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;

  ObligationAuditTitles(ObligationRepository obligations, ObligationDefinitionRepository definitions) {
    this.obligations = obligations;
    this.definitions = definitions;
  }

  @Override
  public AuditSubject subject() {
    return AuditSubject.OBLIGATION;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> titlesOf(Collection<String> subjectIds) {
    List<ObligationEntity> found = obligations.findAllById(SubjectTitles.numericIds(subjectIds));
    Map<Long, String> codes = definitions.findAllById(found.stream().map(ObligationEntity::getDefinitionId).toList())
        .stream().collect(Collectors.toMap(ObligationDefinitionEntity::getId, ObligationDefinitionEntity::getCode));
    return found.stream().collect(Collectors.toMap(o -> String.valueOf(o.getId()),
        o -> codes.getOrDefault(o.getDefinitionId(), "") + " " + o.period().chineseName(), (a, b) -> a));
  }
}
