package cn.qijin.campaign;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.SubjectTitles;
import cn.qijin.campaign.internal.CampaignRepository;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail names a campaign by its name (issue 14 part 6). */
@Component
class CampaignAuditTitles implements SubjectTitles {

  private final CampaignRepository records;

  CampaignAuditTitles(CampaignRepository records) {
    this.records = records;
  }

  @Override
  public AuditSubject subject() {
    return AuditSubject.CAMPAIGN;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> titlesOf(Collection<String> subjectIds) {
    return records.findAllById(SubjectTitles.numericIds(subjectIds)).stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.getId()), r -> r.getName(), (a, b) -> a));
  }
}
