package cn.qijin.template.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A template file as loaded into the database: immutable per (code, version). */
@Entity(name = "CampaignTemplate")
@Table(name = "campaign_template")
public class CampaignTemplateEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private int version;
  private String name;

  @Column(name = "source_text")
  private String source;

  private String sha256;
  private Instant loadedAt;
  private Integer basedOnVersion;
  private String createdBy;
  private String changeNote;

  protected CampaignTemplateEntity() {}

  public CampaignTemplateEntity(String code, int version, String name, String source, String sha256, Instant loadedAt) {
    this.code = code;
    this.version = version;
    this.name = name;
    this.source = source;
    this.sha256 = sha256;
    this.loadedAt = loadedAt;
  }

  /** A version the office made from {@code basedOnVersion} in the browser (issue 14 part 5). */
  public CampaignTemplateEntity madeBy(int basedOnVersion, String createdBy, String changeNote) {
    this.basedOnVersion = basedOnVersion;
    this.createdBy = createdBy;
    this.changeNote = changeNote;
    return this;
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public int getVersion() { return version; }
  public String getName() { return name; }
  public String getSource() { return source; }
  public String getSha256() { return sha256; }
  public Instant getLoadedAt() { return loadedAt; }
  public Integer getBasedOnVersion() { return basedOnVersion; }
  public String getCreatedBy() { return createdBy; }
  public String getChangeNote() { return changeNote; }
}
