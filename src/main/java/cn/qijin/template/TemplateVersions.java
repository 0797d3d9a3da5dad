package cn.qijin.template;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.template.internal.CampaignTemplateEntity;
import cn.qijin.template.internal.CampaignTemplateRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 part 5: templates are versioned data. The office reads a version as a document and makes the next version
 * of the same template from it in the browser — checklists per venue, themes, obligations, reminder offsets, review
 * settings. A version, once stored, never changes: a campaign keeps the version it was defined with (its checklist and
 * obligations are copied when it is defined). The escalation ladder is not in a template: it is the DMN table
 * bpmn/obligation-escalation.dmn, edited in Camunda Modeler and redeployed without a rebuild (docs/processes.md).
 */
@Service
public class TemplateVersions {

  private static final Logger LOG = LoggerFactory.getLogger(TemplateVersions.class);

  private final CampaignTemplateRepository templates;
  private final TemplateParser parser;
  private final AuditTrail audit;
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
      .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  TemplateVersions(CampaignTemplateRepository templates, TemplateParser parser, AuditTrail audit) {
    this.templates = templates;
    this.parser = parser;
    this.audit = audit;
  }

  /** One version as its document: what the template editor shows and copies. */
  @Transactional(readOnly = true)
  public TemplateDocument document(String code, int version) {
    return parser.parse(entity(code, version).getSource());
  }

  /**
   * The next version of the template, made by the office from version {@code basedOn} with this content: checked as a
   * whole (every fault at once), written as the template file it would be, read back through the same parser as the
   * shipped files. Another version made meanwhile from the same one answers 409.
   */
  @Transactional
  public CampaignTemplate createVersion(String code, int basedOn, String note, TemplateDocument content, String userId) {
    CampaignTemplateEntity base = entity(code, basedOn);
    int latest = templates.findFirstByCodeOrderByVersionDesc(code).map(CampaignTemplateEntity::getVersion).orElse(basedOn);
    if (latest != basedOn) {
      throw new ConflictException("模板“" + base.getName() + "”已有更新的第 " + latest + " 版，请基于最新版本修改", List.of());
    }
    if (content == null) {
      throw new InvalidInputException("请填写模板内容");
    }
    String changeNote = note == null || note.isBlank() ? null : note.trim();
    if (changeNote != null && changeNote.length() > 500) {
      throw new InvalidInputException("修改说明不能超过 500 字");
    }
    TemplateDocument next = new TemplateDocument(code, latest + 1, trim(content.name()), trim(content.issuer()),
        trim(content.documentNumber()), content.phases(), content.venues(), content.obligations(), content.reminders(),
        content.review());
    TemplateRules.check(next);
    String source = header(code, latest + 1, basedOn, changeNote, userId) + write(next);
    TemplateDocument parsed = parser.parse(source);
    try {
      CampaignTemplateEntity saved = templates.saveAndFlush(new CampaignTemplateEntity(code, parsed.version(), parsed.name(),
          source, TemplateLoader.sha256(source), CampaignClock.now()).madeBy(basedOn, userId, changeNote));
      audit.record(AuditEntry.of(AuditAction.TEMPLATE_VERSION_CREATED, AuditSubject.TEMPLATE, saved.getId())
          .detail(parsed.name() + " 第 " + parsed.version() + " 版（基于第 " + basedOn + " 版）"
              + (changeNote == null ? "" : "：" + changeNote)));
      LOG.info("Template {} v{} made from v{} by {}", code, parsed.version(), basedOn, userId);
      return CampaignTemplate.of(saved);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("模板“" + base.getName() + "”的第 " + (latest + 1) + " 版刚由他人保存，请刷新后基于最新版本修改",
          List.of());
    }
  }

  private String write(TemplateDocument doc) {
    try {
      return yaml.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Template " + doc.code() + " v" + doc.version() + " cannot be written", e);
    }
  }

  private static String header(String code, int version, int basedOn, String note, String userId) {
    return "# " + code + " v" + version + ", made from v" + basedOn + " by " + userId + " in the browser"
        + (note == null ? "" : ": " + note.replace('\n', ' ').replace('\r', ' ')) + "\n";
  }

  private CampaignTemplateEntity entity(String code, int version) {
    return templates.findByCodeAndVersion(code, version)
        .orElseThrow(() -> new NotFoundException("未找到活动模板“" + code + "”第 " + version + " 版"));
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }
}
