package cn.qijin.template;

import cn.qijin.template.internal.CampaignTemplateRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored campaign templates, as other modules read them (issue 13 part 1). */
@Service
public class CampaignTemplates {

  private final CampaignTemplateRepository templates;

  public CampaignTemplates(CampaignTemplateRepository templates) {
    this.templates = templates;
  }

  /** One version of a template. */
  @Transactional(readOnly = true)
  public Optional<CampaignTemplate> find(String code, int version) {
    return templates.findByCodeAndVersion(code, version).map(CampaignTemplate::of);
  }

  /** The newest version of a template. */
  @Transactional(readOnly = true)
  public Optional<CampaignTemplate> latest(String code) {
    return templates.findFirstByCodeOrderByVersionDesc(code).map(CampaignTemplate::of);
  }

  /** Every template version, by code, newest version first. */
  @Transactional(readOnly = true)
  public List<CampaignTemplate> all() {
    return templates.findAllByOrderByCodeAscVersionDesc().stream().map(CampaignTemplate::of).toList();
  }
}
