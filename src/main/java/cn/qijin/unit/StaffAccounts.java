package cn.qijin.unit;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.kernel.UnitGroups;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.internal.UnitEntity;
import cn.qijin.unit.internal.UnitRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's staff accounts (ORG-3): Camunda users who are members of the unit's group and of no other group, so they
 * see and work that unit's tasks and nothing else. The office creates them, sets their initial password and resets
 * it; the engine calls run as the application (the office holds no user or membership permissions in the engine).
 */
@Service
public class StaffAccounts {

  static final String USER_ID_PATTERN = "[A-Za-z0-9]{2,30}";
  static final String USER_ID_RULE = "登录账号须为 2–30 位字母或数字";

  private static final Logger LOG = LoggerFactory.getLogger(StaffAccounts.class);

  private final UnitRepository units;
  private final IdentityService identity;
  private final TaskService tasks;
  private final SystemActions system;
  private final InitialPasswords passwords;
  private final AuditTrail audit;
  private final JdbcTemplate jdbc;

  StaffAccounts(UnitRepository units, IdentityService identity, TaskService tasks, SystemActions system,
      InitialPasswords passwords, AuditTrail audit, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.units = units;
    this.identity = identity;
    this.tasks = tasks;
    this.system = system;
    this.passwords = passwords;
    this.audit = audit;
  }

  /** The unit's accounts by login. */
  @Transactional(readOnly = true)
  public List<StaffAccount> of(String unitCode) {
    UnitEntity unit = unit(unitCode);
    return system.run(() -> identity.createUserQuery().memberOfGroup(unit.groupId()).list()).stream()
        .sorted(Comparator.comparing(User::getId))
        .map(StaffAccounts::view).toList();
  }

  /**
   * How many accounts each unit group has, by group id, in one query (a registry of thousands of units is listed
   * at once). Camunda's identity API counts one group per query, so this reads its membership table directly.
   */
  @Transactional(readOnly = true)
  public Map<String, Integer> countsByGroup() {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.query("select GROUP_ID_, count(*) from ACT_ID_MEMBERSHIP where GROUP_ID_ like ? group by GROUP_ID_",
        rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        }, UnitGroups.groupIdOf("%"));
    return counts;
  }

  /** Every unit group's accounts by login, by group id, in one query (for the export). */
  @Transactional(readOnly = true)
  public Map<String, List<StaffAccount>> byGroup() {
    Map<String, List<StaffAccount>> accounts = new HashMap<>();
    jdbc.query("select m.GROUP_ID_, u.ID_, u.FIRST_, u.EMAIL_ from ACT_ID_MEMBERSHIP m"
        + " join ACT_ID_USER u on u.ID_ = m.USER_ID_ where m.GROUP_ID_ like ? order by u.ID_", rs -> {
          accounts.computeIfAbsent(rs.getString(1), g -> new ArrayList<>())
              .add(new StaffAccount(rs.getString(2), rs.getString(3), rs.getString(4)));
        }, UnitGroups.groupIdOf("%"));
    return accounts;
  }

  /** Gives the unit a new account with an initial password, which the office hands over. */
  @Transactional
  public IssuedPassword create(String unitCode, StaffAccountRequest request) {
    UnitEntity unit = unit(unitCode);
    String userId = normalised(request.userId());
    String refusal = whyNotFree(userId, unit);
    if (refusal != null) {
      throw new ConflictException(refusal, List.of());
    }
    return createFor(unit, userId, request.name().trim(), blankToNull(request.email()));
  }

  /** Sets a new password for one of the unit's accounts, for the office to hand over. */
  @Transactional
  public IssuedPassword resetPassword(String unitCode, String userId) {
    UnitEntity unit = unit(unitCode);
    User user = member(unit, userId);
    String password = passwords.next();
    system.run(() -> {
      user.setPassword(password);
      identity.saveUser(user);
    });
    audit.record(AuditEntry.of(AuditAction.ACCOUNT_PASSWORD_RESET, AuditSubject.ACCOUNT, user.getId())
        .unit(unit.getId(), unit.getCode()).detail(user.getFirstName() + "，" + unit.getName()));
    LOG.info("Reset the password of account {} of unit {}", user.getId(), unit.getCode());
    return new IssuedPassword(unit.getCode(), unit.getName(), user.getId(), user.getFirstName(), password);
  }

  /**
   * Removes one of the unit's accounts (its holder left). Tasks the holder had claimed go back to the unit's
   * colleagues; what the holder did stays on the record under the login.
   */
  @Transactional
  public void remove(String unitCode, String userId) {
    UnitEntity unit = unit(unitCode);
    User user = member(unit, userId);
    int released = system.run(() -> {
      List<Task> claimed = tasks.createTaskQuery().taskAssignee(user.getId()).list();
      claimed.forEach(task -> tasks.setAssignee(task.getId(), null));
      identity.deleteUser(user.getId());
      return claimed.size();
    });
    audit.record(AuditEntry.of(AuditAction.ACCOUNT_REMOVED, AuditSubject.ACCOUNT, user.getId())
        .unit(unit.getId(), unit.getCode()).detail(user.getFirstName() + "，" + unit.getName()
            + (released == 0 ? "" : "，其认领的 " + released + " 项任务退回本单位待办")));
    LOG.info("Removed account {} of unit {} ({} claimed tasks released)", user.getId(), unit.getCode(), released);
  }

  /** Logins are case-insensitive for people, so they are kept in lower case. */
  static String normalised(String userId) {
    return userId == null ? "" : userId.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Null when the login may become one of this unit's accounts (it is new); otherwise why not, in Chinese. An
   * account of this very unit is reported too: the import treats it as already done, creating does not.
   */
  String whyNotFree(String userId, UnitEntity unit) {
    return whyNotFree(userId, unit.groupId());
  }

  String whyNotFree(String userId, String unitGroupId) {
    if (!userId.matches(USER_ID_PATTERN)) {
      return USER_ID_RULE + "（“" + userId + "”）";
    }
    return system.run(() -> {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        return null;
      }
      List<Group> groups = identity.createGroupQuery().groupMember(userId).list();
      if (groups.stream().anyMatch(g -> g.getId().equals(unitGroupId))) {
        return "账号“" + userId + "”已是本单位的账号";
      }
      return "账号“" + userId + "”已被其他单位或人员使用，请换一个账号";
    });
  }

  /** The logins among these that are taken by anyone (looked up in chunks of 500). */
  Set<String> taken(Collection<String> userIds) {
    List<String> ids = List.copyOf(userIds);
    Set<String> taken = new HashSet<>();
    system.run(() -> {
      for (int from = 0; from < ids.size(); from += 500) {
        identity.createUserQuery().userIdIn(ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new))
            .list().forEach(u -> taken.add(u.getId()));
      }
    });
    return taken;
  }

  /** Whether the login is already one of this unit's accounts. */
  boolean isMember(String userId, UnitEntity unit) {
    return system.run(() -> identity.createUserQuery().userId(userId).memberOfGroup(unit.groupId()).count() > 0);
  }

  IssuedPassword createFor(UnitEntity unit, String userId, String name, String email) {
    String password = passwords.next();
    system.run(() -> {
      User user = identity.newUser(userId);
      // Camunda shows "first last": a Chinese name goes whole into the first name
      user.setFirstName(name);
      user.setLastName("");
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(userId, unit.groupId());
    });
    audit.record(AuditEntry.of(AuditAction.ACCOUNT_CREATED, AuditSubject.ACCOUNT, userId).unit(unit.getId(), unit.getCode())
        .detail(name + "，" + unit.getName()));
    LOG.info("Created account {} for unit {}", userId, unit.getCode());
    return new IssuedPassword(unit.getCode(), unit.getName(), userId, name, password);
  }

  private User member(UnitEntity unit, String userId) {
    String id = normalised(userId);
    User user = system.run(() -> identity.createUserQuery().userId(id).memberOfGroup(unit.groupId()).singleResult());
    if (user == null) {
      throw new NotFoundException("单位“" + unit.getName() + "”没有账号“" + id + "”");
    }
    // an account an administrator also put into another group (office, camunda-admin, another unit) is not the
    // office's to reset or remove: that would let the office take over a broader login
    if (system.run(() -> identity.createGroupQuery().groupMember(id).count()) > 1) {
      throw new ForbiddenException("账号“" + id + "”同时属于其他单位或角色，只能由系统管理员在 Admin 中修改");
    }
    return user;
  }

  private UnitEntity unit(String code) {
    return units.findByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new NotFoundException("未找到编码为“" + code + "”的单位"));
  }

  private static StaffAccount view(User user) {
    return new StaffAccount(user.getId(), user.getFirstName(), user.getEmail());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
