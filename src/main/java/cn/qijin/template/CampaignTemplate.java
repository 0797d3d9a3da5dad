package cn.qijin.template;

import cn.qijin.template.internal.CampaignTemplateEntity;
import java.time.Instant;
import java.util.Objects;

/**
 * A template file as loaded into the database, immutable per (code, version), as other modules read it through
 * {@link CampaignTemplates} (issue 13 part 1).
 */
public final class CampaignTemplate {

  private final Long id;
  private final String code;
  private final int version;
  private final String name;
  private final String source;
  private final String sha256;
  private final Instant loadedAt;
  private final Integer basedOnVersion;
  private final String createdBy;
  private final String changeNote;

  private CampaignTemplate(CampaignTemplateEntity e) {
    this.id = e.getId();
    this.code = e.getCode();
    this.version = e.getVersion();
    this.name = e.getName();
    this.source = e.getSource();
    this.sha256 = e.getSha256();
    this.loadedAt = e.getLoadedAt();
    this.basedOnVersion = e.getBasedOnVersion();
    this.createdBy = e.getCreatedBy();
    this.changeNote = e.getChangeNote();
  }

  static CampaignTemplate of(CampaignTemplateEntity e) {
    return new CampaignTemplate(e);
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public int getVersion() { return version; }
  public String getName() { return name; }
  public String getSource() { return source; }
  public String getSha256() { return sha256; }
  public Instant getLoadedAt() { return loadedAt; }
  /** The version the office made this one from; null for a version shipped with the application. */
  public Integer getBasedOnVersion() { return basedOnVersion; }
  public String getCreatedBy() { return createdBy; }
  public String getChangeNote() { return changeNote; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CampaignTemplate other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

