package cn.qijin.audit;

import cn.qijin.audit.internal.AuditEvent;
import cn.qijin.audit.internal.AuditEventRepository;
import cn.qijin.kernel.CampaignClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records audit events (ORG-2). An event is written in the caller's transaction, which must exist: an
 * action that is rolled back leaves no audit row, and an action cannot commit without its row.
 */
@Service
public class AuditTrail {

  public static final String SYSTEM = "system";

  private final AuditEventRepository events;
  private final UnitLookup units;
  private final IdentityService identity;

  public AuditTrail(AuditEventRepository events, UnitLookup units, IdentityService identity) {
    this.events = events;
    this.units = units;
    this.identity = identity;
  }

  /** Records the entry, by the entry's actor, else the authenticated user, else "system". */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEvent record(AuditEntry entry) {
    String unitCode = entry.unitCode() != null || entry.unitId() == null ? entry.unitCode()
        : units.codeOf(entry.unitId()).orElse(null);
    return events.save(new AuditEvent(CampaignClock.now(), actor(entry), entry, unitCode));
  }

  private String actor(AuditEntry entry) {
    if (entry.actor() != null) {
      return entry.actor();
    }
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : SYSTEM;
  }
}
