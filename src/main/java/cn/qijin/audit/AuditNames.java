package cn.qijin.audit;

import cn.qijin.audit.internal.AuditEvent;
import java.util.Collection;
import java.util.EnumMap;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who and which unit an audit entry names, as the office reads them (issue 14 part 6): the person's name for a login
 * and the unit's name for its code, looked up once per page or export. A login no account has any more, or a unit
 * code no unit has, stays as it is.
 */
record AuditNames(Map<String, String> people, Map<String, String> units,
    Map<AuditSubject, Map<String, String>> titles) {

  static final AuditNames NONE = new AuditNames(Map.of(), Map.of(), Map.of());

  static AuditNames of(List<AuditEvent> events, IdentityService identity, UnitLookup unitLookup,
      List<SubjectTitles> subjects) {
    Collection<String> logins = distinct(events.stream()
        .flatMap(e -> e.getSubjectType() == AuditSubject.ACCOUNT ? Stream.of(e.getActor(), e.getSubjectId())
            : Stream.of(e.getActor())).toList());
    Collection<String> codes = distinct(events.stream().map(AuditEvent::getUnitCode).toList());
    Map<AuditSubject, Map<String, String>> titles = new EnumMap<>(AuditSubject.class);
    for (SubjectTitles kind : subjects) {
      Collection<String> ids = distinct(events.stream().filter(e -> e.getSubjectType() == kind.subject())
          .map(AuditEvent::getSubjectId).toList());
      if (!ids.isEmpty()) {
        titles.put(kind.subject(), kind.titlesOf(ids));
      }
    }
    return new AuditNames(namesOf(logins, identity), unitLookup.namesOf(codes), titles);
  }

  /**
   * What the entry's record is called: its title from the module that owns it, the holder's name for an account,
   * the task's name for a task; null when there is none (the id is shown then).
   */
  String subjectTitle(AuditEvent e) {
    if (e.getSubjectType() == null || e.getSubjectId() == null) {
      return null;
    }
    return switch (e.getSubjectType()) {
      case ACCOUNT -> people.get(e.getSubjectId());
      case TASK -> e.getTaskName();
      default -> titles.getOrDefault(e.getSubjectType(), Map.of()).get(e.getSubjectId());
    };
  }

  /**
   * Read as the application, not as the office's login: the engine shows a user only the accounts it may READ,
   * and the trail names everyone who acted, whoever reads it (only the office and the leadership group do).
   */
  private static Map<String, String> namesOf(Collection<String> logins, IdentityService identity) {
    if (logins.isEmpty()) {
      return Map.of();
    }
    Authentication reader = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return identity.createUserQuery().userIdIn(logins.toArray(String[]::new)).list().stream()
          .filter(user -> !fullName(user).isEmpty())
          .collect(Collectors.toMap(User::getId, AuditNames::fullName, (a, b) -> a));
    } finally {
      if (reader != null) {
        identity.setAuthentication(reader);
      }
    }
  }

  /** The person's name, "系统" for the engine's own steps, else the login itself. */
  String person(String login) {
    if (AuditTrail.SYSTEM.equals(login)) {
      return "系统";
    }
    return login == null ? null : people.getOrDefault(login, login);
  }

  /** The unit's name, else its code. */
  String unit(String code) {
    return code == null ? null : units.getOrDefault(code, code);
  }

  /** As Camunda's web apps show a user: first name, then last name (demo accounts keep the whole name first). */
  private static String fullName(User user) {
    return (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
  }

  private static Collection<String> distinct(List<String> values) {
    return values.stream().filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
