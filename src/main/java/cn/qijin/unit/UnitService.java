package cn.qijin.unit;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.kernel.Venue;
import cn.qijin.security.AccessRules;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.internal.UnitEntity;
import cn.qijin.unit.internal.UnitRepository;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of participating units. Each unit has a Camunda group for its staff; unit and group
 * are written in one transaction (the engine shares the application's transaction manager).
 */
@Service
public class UnitService {

  /** The Camunda group type of units' groups (the roles' groups are WORKFLOW). */
  static final String GROUP_TYPE = "UNIT";

  private static final Logger LOG = LoggerFactory.getLogger(UnitService.class);

  private final UnitRepository units;
  private final IdentityService identityService;
  private final AccessRules accessRules;
  private final SystemActions system;
  private final AuditTrail audit;

  public UnitService(UnitRepository units, IdentityService identityService, AccessRules accessRules,
      SystemActions system, AuditTrail audit) {
    this.units = units;
    this.identityService = identityService;
    this.accessRules = accessRules;
    this.system = system;
    this.audit = audit;
  }

  @Transactional
  public Unit register(UnitRequest request) {
    String code = request.code().trim().toUpperCase();
    if (units.existsByCode(code)) {
      throw new InvalidInputException("单位编码“" + code + "”已存在，请换一个编码");
    }
    return Unit.of(create(request));
  }

  @Transactional
  public Unit change(String code, UnitRequest request) {
    UnitEntity unit = entityByCode(code);
    if (request.code() != null && !request.code().trim().equalsIgnoreCase(unit.getCode())) {
      throw new InvalidInputException("单位编码不能修改（原编码 " + unit.getCode() + "）");
    }
    update(unit, request);
    return Unit.of(unit);
  }

  /** Registers a unit whose code is known to be new, with its group and grants, on the record. */
  UnitEntity create(UnitRequest request) {
    return create(request, false);
  }

  /**
   * As {@link #create(UnitRequest)}; {@code groupIsNew} when the caller has checked that no group or grant of that
   * id exists, so none is looked up (the import checks thousands at once).
   */
  UnitEntity create(UnitRequest request, boolean groupIsNew) {
    String code = request.code().trim().toUpperCase();
    Venue venue = Venue.parse(request.venue());
    UnitEntity unit = new UnitEntity(code, CampaignClock.now());
    apply(unit, request, venue);
    unit = units.save(unit);
    if (groupIsNew) {
      UnitEntity created = unit;
      system.run(() -> {
        identityService.saveGroup(group(identityService.newGroup(created.groupId()), created));
        accessRules.grantNewUnitGroup(created.groupId());
      });
    } else {
      syncGroup(unit);
    }
    audit.record(AuditEntry.of(AuditAction.UNIT_CREATED, AuditSubject.UNIT, unit.getId())
        .unit(unit.getId(), unit.getCode()).detail(summary(unit)));
    LOG.info("Registered unit {} ({}, {})", code, unit.getName(), venue);
    return unit;
  }

  /** The groups among these that exist or hold any grant (looked up in chunks of 500). */
  Set<String> groupsInUse(Collection<String> groupIds) {
    List<String> ids = List.copyOf(groupIds);
    Set<String> inUse = new HashSet<>();
    system.run(() -> {
      for (int from = 0; from < ids.size(); from += 500) {
        identityService.createGroupQuery().groupIdIn(ids.subList(from, Math.min(ids.size(), from + 500))
            .toArray(String[]::new)).list().forEach(g -> inUse.add(g.getId()));
      }
      inUse.addAll(accessRules.groupsWithAuthorizations(ids));
    });
    return inUse;
  }

  /** Changes a unit as requested (its code stays), with its group's name, on the record. */
  void update(UnitEntity unit, UnitRequest request) {
    apply(unit, request, Venue.parse(request.venue()));
    syncGroup(unit);
    audit.record(AuditEntry.of(AuditAction.UNIT_UPDATED, AuditSubject.UNIT, unit.getId()).unit(unit.getId(), unit.getCode())
        .detail(summary(unit)));
    LOG.info("Changed unit {}", unit.getCode());
  }

  @Transactional(readOnly = true)
  public Unit byCode(String code) {
    return Unit.of(entityByCode(code));
  }

  @Transactional(readOnly = true)
  public List<Unit> all() {
    return units.findAllByOrderByVenueAscCodeAsc().stream().map(Unit::of).toList();
  }

  /**
   * The registry as the office filters it: {@code text} found in the code, name or contact person (any case), units
   * serving {@code venue} (primary or additional), {@code active} true or false; null or blank means any.
   */
  @Transactional(readOnly = true)
  public List<Unit> search(String text, Venue venue, Boolean active) {
    Specification<UnitEntity> where = Specification.unrestricted();
    if (text != null && !text.isBlank()) {
      String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%";
      where = where.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("code")), like, '\\'),
          cb.like(cb.lower(root.get("name")), like, '\\'), cb.like(cb.lower(root.get("contactPerson")), like, '\\')));
    }
    if (venue != null) {
      where = where.and((root, query, cb) -> cb.or(cb.equal(root.get("venue"), venue),
          cb.isMember(venue, root.<Set<Venue>>get("additionalVenues"))));
    }
    if (active != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("active"), active));
    }
    return units.findAll(where, Sort.by("venue", "code")).stream().map(Unit::of).toList();
  }

  private UnitEntity entityByCode(String code) {
    return units.findByCode(code == null ? "" : code.trim().toUpperCase())
        .orElseThrow(() -> new NotFoundException("未找到编码为“" + code + "”的单位"));
  }

  private void apply(UnitEntity unit, UnitRequest r, Venue venue) {
    boolean active = r.active() == null || r.active();
    String email = r.email() == null || r.email().isBlank() ? null : r.email().trim();
    unit.update(r.name().trim(), venue, additionalVenues(r.additionalVenues(), venue), r.contactPerson().trim(),
        r.phone().trim(), email, active, CampaignClock.now());
  }

  /** The venues a unit serves besides its primary one: each known, named once, and not the primary venue. */
  static Set<Venue> additionalVenues(List<String> requested, Venue primary) {
    Set<Venue> additional = EnumSet.noneOf(Venue.class);
    for (String value : requested == null ? List.<String>of() : requested) {
      Venue v = Venue.parse(value);
      if (v == primary) {
        throw new InvalidInputException("附加场所类型“" + v.chineseName() + "”已是该单位的主场所类型，请勿重复填写");
      }
      if (!additional.add(v)) {
        throw new InvalidInputException("附加场所类型“" + v.chineseName() + "”填写了两次");
      }
    }
    return additional;
  }

  private static String summary(UnitEntity unit) {
    return unit.getName() + "，" + unit.venues().stream().map(Venue::chineseName).collect(Collectors.joining("、"))
        + (unit.isActive() ? "" : "，不参加活动");
  }

  private void syncGroup(UnitEntity unit) {
    system.run(() -> saveGroupAndGrants(unit));
  }

  private void saveGroupAndGrants(UnitEntity unit) {
    Group group = identityService.createGroupQuery().groupId(unit.groupId()).singleResult();
    identityService.saveGroup(group(group == null ? identityService.newGroup(unit.groupId()) : group, unit));
    accessRules.grantUnitGroup(unit.groupId());
  }

  private static Group group(Group group, UnitEntity unit) {
    group.setName(unit.getName());
    group.setType(GROUP_TYPE);
    return group;
  }
}
