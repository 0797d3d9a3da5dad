package cn.qijin.organisation;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.organisation.internal.OrganisationMemberEntity;
import cn.qijin.organisation.internal.OrganisationMemberRepository;
import cn.qijin.organisation.internal.OrganisationProfileEntity;
import cn.qijin.organisation.internal.OrganisationProfileRepository;
import cn.qijin.security.SystemActions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 part 2 (ORG-1, ORG-2): the leadership group and the campaign office as records the office keeps — the
 * bureau's and the office's names that documents and messages carry, the office director, and each member bound to
 * an account. Binding records who acts as whom; it grants nothing: putting an account into the leadership group or
 * the office stays the administrator's (Admin), else the office could make itself the group that approves its own work.
 */
@Service
public class Organisation {

  /** How the office signs when the bureau has not named it. */
  public static final String OFFICE_SUFFIX = "安全生产宣传教育“七进”活动办公室";

  private final OrganisationMemberRepository members;
  private final OrganisationProfileRepository profiles;
  private final IdentityService identity;
  private final SystemActions system;
  private final AuditTrail audit;

  Organisation(OrganisationMemberRepository members, OrganisationProfileRepository profiles, IdentityService identity,
      SystemActions system, AuditTrail audit) {
    this.members = members;
    this.profiles = profiles;
    this.identity = identity;
    this.system = system;
    this.audit = audit;
  }

  /**
   * The office's name as a document it issues names it (the 通报's issuer): the recorded one, else the campaign's
   * issuer followed by 安全生产宣传教育“七进”活动办公室.
   */
  @Transactional(readOnly = true)
  public String officeName(String issuer) {
    return recordedOfficeName().orElse((issuer == null ? "" : issuer) + OFFICE_SUFFIX);
  }

  /** How messages to units and staff are signed: the office's recorded name, else 安全生产宣传教育“七进”活动办公室. */
  @Transactional(readOnly = true)
  public String signature() {
    return recordedOfficeName().orElse(OFFICE_SUFFIX);
  }

  /** ORG-2: the office director's name, when recorded. */
  @Transactional(readOnly = true)
  public Optional<String> directorName() {
    return members.findFirstByRole(MemberRole.DIRECTOR).map(OrganisationMemberEntity::getName);
  }

  @Transactional(readOnly = true)
  public OrganisationView view() {
    OrganisationProfileEntity p = profiles.findById(OrganisationProfileEntity.ID).orElse(null);
    List<OrganisationView.Member> all = members.findAllByOrderBySortOrderAscIdAsc().stream().map(this::member).toList();
    return new OrganisationView(
        p == null ? new OrganisationView.Profile(null, null, null, null, null)
            : new OrganisationView.Profile(p.getBureauName(), p.getOfficeName(), p.getOfficeSeat(), p.getUpdatedBy(),
                p.getUpdatedAt()),
        all.stream().filter(m -> Body.LEADERSHIP.name().equals(m.body())).toList(),
        all.stream().filter(m -> Body.OFFICE.name().equals(m.body())).toList(),
        Arrays.stream(MemberRole.values()).map(r -> new OrganisationView.RoleOption(r.name(), r.chineseName(),
            r.body().name(), r.body().chineseName(), r.single())).toList());
  }

  @Transactional
  public OrganisationView updateProfile(ProfileRequest request, String userId) {
    OrganisationProfileEntity profile = profiles.findById(OrganisationProfileEntity.ID).orElseGet(OrganisationProfileEntity::new);
    profile.write(request.bureauName().trim(), request.officeName().trim(), blankToNull(request.officeSeat()), userId,
        CampaignClock.now());
    profiles.save(profile);
    audit.record(AuditEntry.of(AuditAction.ORGANISATION_UPDATED, AuditSubject.ORGANISATION, OrganisationProfileEntity.ID)
        .detail(request.bureauName().trim() + "；" + request.officeName().trim()));
    return view();
  }

  @Transactional
  public OrganisationView.Member add(MemberRequest request, String userId) {
    int next = members.findFirstByOrderBySortOrderDesc().map(m -> m.getSortOrder() + 1).orElse(0);
    OrganisationMemberEntity member = write(new OrganisationMemberEntity(next), null, request, userId);
    audit.record(AuditEntry.of(AuditAction.ORGANISATION_MEMBER_ADDED, AuditSubject.ORGANISATION_MEMBER, member.getId())
        .detail(describe(member)));
    return member(member);
  }

  @Transactional
  public OrganisationView.Member update(Long id, MemberRequest request, String userId) {
    OrganisationMemberEntity member = entity(id);
    write(member, id, request, userId);
    audit.record(AuditEntry.of(AuditAction.ORGANISATION_MEMBER_UPDATED, AuditSubject.ORGANISATION_MEMBER, id)
        .detail(describe(member)));
    return member(member);
  }

  @Transactional
  public void remove(Long id) {
    OrganisationMemberEntity member = entity(id);
    members.delete(member);
    audit.record(AuditEntry.of(AuditAction.ORGANISATION_MEMBER_REMOVED, AuditSubject.ORGANISATION_MEMBER, id)
        .detail(describe(member)));
  }

  private OrganisationMemberEntity write(OrganisationMemberEntity member, Long id, MemberRequest request, String by) {
    MemberRole role = MemberRole.parse(request.role());
    if (role.single()) {
      members.findFirstByRole(role).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
        throw new ConflictException(role.body().chineseName() + "已有" + role.chineseName() + "（" + other.getName()
            + "），请先修改其职务", List.of());
      });
    }
    String account = blankToNull(request.userId());
    if (account != null) {
      if (system.run(() -> identity.createUserQuery().userId(account).count()) == 0) {
        throw new InvalidInputException("未找到账号“" + account + "”，请先创建账号（管理员在 Admin 中）");
      }
      members.findAllByOrderBySortOrderAscIdAsc().stream()
          .filter(other -> account.equals(other.getUserId()) && other.getBody() == role.body() && !other.getId().equals(id))
          .findFirst().ifPresent(other -> {
            throw new ConflictException("账号“" + account + "”已绑定到" + role.body().chineseName() + "成员" + other.getName(),
                List.of());
          });
    }
    member.write(role, request.name().trim(), blankToNull(request.position()), account, blankToNull(request.phone()), by,
        CampaignClock.now());
    return members.save(member);
  }

  private OrganisationView.Member member(OrganisationMemberEntity m) {
    String account;
    boolean inGroup = false;
    if (m.getUserId() == null) {
      account = "未绑定账号";
    } else if (system.run(() -> identity.createUserQuery().userId(m.getUserId()).count()) == 0) {
      account = "账号不存在";
    } else {
      Set<String> groups = system.run(() -> identity.createGroupQuery().groupMember(m.getUserId()).list()).stream()
          .map(Group::getId).collect(Collectors.toSet());
      inGroup = groups.contains(m.getBody().groupId());
      account = inGroup ? "已在" + m.getBody().chineseName() + "组" : "未加入" + m.getBody().chineseName() + "组（请管理员在 Admin 中加入）";
    }
    return new OrganisationView.Member(m.getId(), m.getBody().name(), m.getBody().chineseName(), m.getRole().name(),
        m.getRole().chineseName(), m.getName(), m.getPosition(), m.getUserId(), m.getPhone(), account, inGroup);
  }

  private OrganisationMemberEntity entity(Long id) {
    return members.findById(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的组织机构成员"));
  }

  private Optional<String> recordedOfficeName() {
    return profiles.findById(OrganisationProfileEntity.ID).map(OrganisationProfileEntity::getOfficeName)
        .filter(n -> !n.isBlank());
  }

  private static String describe(OrganisationMemberEntity m) {
    return m.getBody().chineseName() + m.getRole().chineseName() + " " + m.getName()
        + (m.getUserId() == null ? "" : "（账号 " + m.getUserId() + "）");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
