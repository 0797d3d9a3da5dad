package cn.qijin.organisation;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.RecordTitles;
import cn.qijin.organisation.internal.OrganisationMemberEntity;
import cn.qijin.organisation.internal.OrganisationMemberRepository;
import org.springframework.stereotype.Component;

/** The audit trail names a member of the leadership group or the office by role and name. */
@Component
class OrganisationAuditTitles extends RecordTitles<OrganisationMemberEntity> {

  OrganisationAuditTitles(OrganisationMemberRepository records) {
    super(AuditSubject.ORGANISATION_MEMBER, records::findAllById, OrganisationMemberEntity::getId,
        m -> m.getBody().chineseName() + m.getRole().chineseName() + " " + m.getName());
  }
}
