package cn.qijin.unit;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.UnitGroups;
import cn.qijin.kernel.Venue;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.UnitSheet.Column;
import cn.qijin.unit.UnitSheet.Line;
import cn.qijin.unit.internal.UnitEntity;
import cn.qijin.unit.internal.UnitRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the unit sheet (ORG-3, issue 14 part 1) whole or not at all: every row is checked by the rules that hold
 * for a unit entered by hand (the same {@link UnitRequest} constraints) and against the registry and the accounts;
 * any fault refuses the whole sheet with one line per bad row. A row whose unit is registered with the same values
 * changes nothing, so importing the same sheet twice is harmless; accounts are only ever added.
 */
@Service
public class UnitImport {

  private static final Logger LOG = LoggerFactory.getLogger(UnitImport.class);
  private static final Pattern ACCOUNT = Pattern.compile("([^（(]+?)\\s*[（(]\\s*([^）)]*?)\\s*[）)]");
  private static final String SEPARATORS = "[、,，;；\\n]+";
  /** A row's faults in the order of the sheet's columns, which is the request's. */
  private static final List<String> FIELD_ORDER = Arrays.stream(UnitRequest.class.getRecordComponents())
      .map(RecordComponent::getName).toList();
  static final String CREATE = "新增";
  private static final int PROGRESS_STEP = 50;
  static final String UPDATE = "更新";

  private final UnitRepository units;
  private final UnitService unitService;
  private final StaffAccounts accounts;
  private final Validator validator;
  private final AuditTrail audit;
  private final SystemActions system;

  UnitImport(UnitRepository units, UnitService unitService, StaffAccounts accounts, Validator validator,
      AuditTrail audit, SystemActions system) {
    this.system = system;
    this.units = units;
    this.unitService = unitService;
    this.accounts = accounts;
    this.validator = validator;
    this.audit = audit;
  }

  /** What importing the sheet would do; nothing is written. */
  @Transactional(readOnly = true)
  public ImportReport preview(InputStream sheet) {
    Plan plan = plan(UnitSheet.read(sheet));
    return plan.report(false, List.of());
  }

  /** Imports the sheet, or refuses it whole with each bad row and why. */
  @Transactional
  public ImportReport importSheet(InputStream sheet) {
    return importSheet(sheet, Progress.NONE);
  }

  /** As {@link #importSheet(InputStream)}, telling {@code progress} how many rows are done every 50 rows. */
  @Transactional
  public ImportReport importSheet(InputStream sheet, Progress progress) {
    Plan plan = plan(UnitSheet.read(sheet));
    List<IssuedPassword> passwords = new ArrayList<>();
    int done = 0;
    for (PlannedRow row : plan.rows()) {
      passwords.addAll(system.runAsOneCommand(() -> apply(row)));
      if (++done % PROGRESS_STEP == 0) {
        progress.rowsDone(done, plan.rows().size());
      }
    }
    ImportReport report = plan.report(true, passwords);
    audit.record(AuditEntry.of(AuditAction.UNITS_IMPORTED, AuditSubject.UNIT_REGISTRY, null)
        .detail(report.rows() + " 行：新增 " + report.created() + " 个单位，更新 " + report.updated() + " 个，未变 "
            + report.unchanged() + " 个；新建账号 " + report.accountsCreated() + " 个"));
    LOG.info("Imported the unit sheet: {} rows, {} created, {} updated, {} unchanged, {} accounts", report.rows(),
        report.created(), report.updated(), report.unchanged(), report.accountsCreated());
    return report;
  }

  private List<IssuedPassword> apply(PlannedRow row) {
    UnitEntity unit = switch (row.change()) {
      case CREATE -> unitService.create(row.request(), row.groupIsNew());
      case UPDATE -> {
        unitService.update(row.existing(), row.request());
        yield row.existing();
      }
      default -> row.existing();
    };
    return row.newAccounts().stream()
        .map(account -> accounts.createFor(unit, account.userId(), account.name(), null)).toList();
  }

  private Plan plan(List<Line> lines) {
    if (lines.isEmpty()) {
      throw new InvalidInputException("表格中没有单位（第一行表头以下没有填写内容）");
    }
    Map<String, UnitEntity> registered = units.findByCodeIn(lines.stream()
            .map(l -> l.get(Column.CODE).toUpperCase(Locale.ROOT)).collect(Collectors.toSet())).stream()
        .collect(Collectors.toMap(UnitEntity::getCode, Function.identity()));
    Set<String> takenLogins = accounts.taken(lines.stream().flatMap(l -> accounts(l.get(Column.ACCOUNTS), new ArrayList<>())
        .stream()).map(Account::userId).collect(Collectors.toSet()));
    Set<String> groupsInUse = unitService.groupsInUse(lines.stream().map(l -> l.get(Column.CODE).toUpperCase(Locale.ROOT))
        .filter(code -> !code.isEmpty() && !registered.containsKey(code)).map(UnitGroups::groupIdOf).toList());
    Map<String, Integer> codeRows = new HashMap<>();
    Map<String, Integer> accountRows = new HashMap<>();
    List<String> faults = new ArrayList<>();
    List<PlannedRow> rows = new ArrayList<>();
    for (Line line : lines) {
      List<String> problems = new ArrayList<>();
      UnitRequest request = request(line, problems);
      String code = request.code();
      Integer earlier = code.isEmpty() ? null : codeRows.putIfAbsent(code, line.number());
      if (earlier != null) {
        problems.add("单位代码与第 " + earlier + " 行重复");
      }
      UnitEntity existing = registered.get(code);
      String groupId = existing != null ? existing.groupId() : code.isEmpty() ? null : UnitGroups.groupIdOf(code);
      List<Account> newAccounts = new ArrayList<>();
      for (Account account : accounts(line.get(Column.ACCOUNTS), problems)) {
        Integer other = accountRows.putIfAbsent(account.userId(), line.number());
        if (other != null) {
          problems.add("账号“" + account.userId() + "”" + (other == line.number() ? "在本行写了两次" : "与第 " + other + " 行重复"));
        } else if (!takenLogins.contains(account.userId())) {
          newAccounts.add(account);
        } else if (groupId != null && !(existing != null && accounts.isMember(account.userId(), existing))) {
          problems.add(accounts.whyNotFree(account.userId(), groupId));
        }
      }
      if (!problems.isEmpty()) {
        faults.add("第 " + line.number() + " 行" + (code.isEmpty() ? "" : "（" + code + "）") + "："
            + String.join("；", problems));
      } else {
        String change = existing == null ? CREATE : same(existing, request) ? "" : UPDATE;
        rows.add(new PlannedRow(line.number(), request, existing, change, newAccounts,
            !groupsInUse.contains(groupId)));
      }
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException("未导入：" + faults.size() + " 行有误，整张表没有导入任何内容。请改正下列各行后重新上传",
          faults);
    }
    return new Plan(lines.size(), rows);
  }

  /** The row as the request a clerk would have typed into the form, its faults added to {@code problems}. */
  private UnitRequest request(Line line, List<String> problems) {
    String email = line.get(Column.EMAIL);
    UnitRequest request = new UnitRequest(line.get(Column.CODE).toUpperCase(Locale.ROOT), line.get(Column.NAME),
        line.get(Column.VENUE), line.get(Column.CONTACT), line.get(Column.PHONE), email.isEmpty() ? null : email,
        active(line.get(Column.STATE), problems), List.of(line.get(Column.ADDITIONAL_VENUES).split(SEPARATORS))
            .stream().filter(v -> !v.isBlank()).map(String::strip).toList());
    validator.validate(request).stream()
        .sorted(Comparator.comparing((ConstraintViolation<UnitRequest> v) -> fieldIndex(v.getPropertyPath().toString()))
            .thenComparing(ConstraintViolation::getMessage))
        .map(ConstraintViolation::getMessage).distinct().forEach(problems::add);
    if (!request.venue().isBlank()) {
      try {
        Venue primary = Venue.parse(request.venue());
        UnitService.additionalVenues(request.additionalVenues(), primary);
      } catch (InvalidInputException e) {
        problems.add(e.userMessage());
      }
    }
    return request;
  }

  private static int fieldIndex(String property) {
    int i = FIELD_ORDER.indexOf(property);
    return i < 0 ? FIELD_ORDER.size() : i;
  }

  private static Boolean active(String state, List<String> problems) {
    if (state.isEmpty() || state.equals(UnitSheet.ACTIVE)) {
      return true;
    }
    if (state.equals(UnitSheet.INACTIVE)) {
      return false;
    }
    problems.add("状态只能填“" + UnitSheet.ACTIVE + "”或“" + UnitSheet.INACTIVE + "”（填的是“" + state + "”）");
    return true;
  }

  private static List<Account> accounts(String cell, List<String> problems) {
    List<Account> found = new ArrayList<>();
    for (String entry : cell.split(SEPARATORS)) {
      String text = entry.strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = ACCOUNT.matcher(text);
      if (!m.matches() || m.group(2).isBlank()) {
        problems.add("员工账号“" + text + "”应写作“登录账号（姓名）”，如 zhangsan（张三）");
        continue;
      }
      String userId = StaffAccounts.normalised(m.group(1));
      if (!userId.matches(StaffAccounts.USER_ID_PATTERN)) {
        problems.add(StaffAccounts.USER_ID_RULE + "（“" + m.group(1).strip() + "”）");
      } else if (m.group(2).length() > 50) {
        problems.add("账号“" + userId + "”的姓名不能超过 50 字");
      } else {
        found.add(new Account(userId, m.group(2)));
      }
    }
    return found;
  }

  /** Whether the registered unit already has every value the row gives it. */
  private static boolean same(UnitEntity unit, UnitRequest r) {
    Venue venue = Venue.parse(r.venue());
    return unit.getName().equals(r.name().strip()) && unit.getVenue() == venue
        && unit.getAdditionalVenues().equals(Set.copyOf(UnitService.additionalVenues(r.additionalVenues(), venue)))
        && unit.getContactPerson().equals(r.contactPerson().strip()) && unit.getPhone().equals(r.phone().strip())
        && Objects.equals(unit.getEmail(), r.email() == null ? null : r.email().strip())
        && unit.isActive() == r.active();
  }

  /** Told how far an import has got, while it runs. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void rowsDone(int done, int total);
  }

  private record Account(String userId, String name) {}

  private record PlannedRow(int number, UnitRequest request, UnitEntity existing, String change,
      List<Account> newAccounts, boolean groupIsNew) {}

  private record Plan(int lines, List<PlannedRow> rows) {
    ImportReport report(boolean imported, List<IssuedPassword> passwords) {
      List<ImportReport.Change> changes = rows.stream()
          .filter(r -> !r.change().isEmpty() || !r.newAccounts().isEmpty())
          .map(r -> new ImportReport.Change(r.number(), r.request().code(), r.request().name(),
              r.change().isEmpty() ? "新增账号" : r.change(), r.newAccounts().stream().map(Account::userId).toList()))
          .toList();
      return new ImportReport(imported, lines, count(CREATE), count(UPDATE),
          (int) rows.stream().filter(r -> r.change().isEmpty()).count(),
          rows.stream().mapToInt(r -> r.newAccounts().size()).sum(), changes, passwords);
    }

    private int count(String change) {
      return (int) rows.stream().filter(r -> r.change().equals(change)).count();
    }
  }
}
