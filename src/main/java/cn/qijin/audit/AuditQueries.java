package cn.qijin.audit;

import cn.qijin.audit.internal.AuditEvent;
import cn.qijin.audit.internal.AuditEventRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.security.CurrentUser;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office (and the leadership group) read and export the audit trail, newest first. */
@Service
public class AuditQueries {

  private static final Logger LOG = LoggerFactory.getLogger(AuditQueries.class);

  static final int MAX_PAGE_SIZE = 200;
  static final int MAX_EXPORT_ROWS = 50_000;
  private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

  private final AuditEventRepository events;
  private final UnitLookup units;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final List<SubjectTitles> subjectTitles;

  public AuditQueries(AuditEventRepository events, UnitLookup units, AuditTrail audit, CurrentUser currentUser,
      RuntimeService runtime, IdentityService identity, List<SubjectTitles> subjectTitles) {
    this.subjectTitles = subjectTitles;
    this.identity = identity;
    this.events = events;
    this.units = units;
    this.audit = audit;
    this.currentUser = currentUser;
    this.runtime = runtime;
  }

  /** Checks the request's filters (400 in Chinese when one is bad); a unit's staff get 403 first. */
  @Transactional(readOnly = true)
  public AuditFilter filter(String from, String to, String actor, String unitCode, String action, String campaignId,
      String processInstanceId) {
    return AuditFilter.parse(from, to, actor, action, campaignId, processInstanceId, this::unitIdOf, unitCode);
  }

  @Transactional(readOnly = true)
  public Page<AuditEventView> search(AuditFilter filter, Pageable pageable) {
    var page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE), NEWEST_FIRST);
    Page<AuditEvent> found = events.findAll(filter.specification(), page);
    Set<String> running = runningOf(found.getContent());
    AuditNames names = AuditNames.of(found.getContent(), identity, units, subjectTitles);
    return found.map(e -> AuditEventView.of(e, running, names));
  }

  /** The actions the trail knows, in their declared order, for the office's filter. */
  public List<AuditActionView> actions() {
    return Arrays.stream(AuditAction.values()).map(AuditActionView::of).toList();
  }

  /** The filtered trail as an Excel workbook; the export itself is recorded in the trail. */
  @Transactional
  public byte[] export(AuditFilter filter) {
    long count = events.count(filter.specification());
    if (count > MAX_EXPORT_ROWS) {
      throw new InvalidInputException("符合条件的记录有 " + count + " 条，超过单次导出上限 " + MAX_EXPORT_ROWS
          + " 条，请缩小日期范围或增加筛选条件");
    }
    List<AuditEvent> selected = events.findAll(filter.specification(), NEWEST_FIRST);
    byte[] workbook = AuditWorkbook.write(selected, AuditNames.of(selected, identity, units, subjectTitles), filter.describedText(),
        currentUser.userId(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.AUDIT_EXPORTED, AuditSubject.AUDIT_TRAIL, null)
        .campaign(filter.campaignId()).unit(filter.unitId()).process(filter.processInstanceId())
        .detail("导出 " + selected.size() + " 条；筛选条件：" + filter.describedText()));
    LOG.info("Audit trail exported by {}: {} rows, filters {}", currentUser.userId(), selected.size(), filter.describedText());
    return workbook;
  }

  /** Which of the events' process instances still run (as far as the user may read them, like Cockpit). */
  private Set<String> runningOf(List<AuditEvent> page) {
    Set<String> ids = page.stream().map(AuditEvent::getProcessInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Set.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  private Long unitIdOf(String code) {
    return units.idOf(code)
        .orElseThrow(() -> new InvalidInputException("未找到编码为“" + code + "”的单位"));
  }
}
