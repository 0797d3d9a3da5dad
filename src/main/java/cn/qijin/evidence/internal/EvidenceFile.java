package cn.qijin.evidence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One file of an evidence record; its bytes live once in the {@link EvidenceStore} under its SHA-256. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evidence_id", insertable = false, updatable = false)
  private Long evidenceId;

  private String fileName;
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;
  private String addedBy;
  private Instant addedAt;

  protected EvidenceFile() {}

  public EvidenceFile(String fileName, String contentType, long size, String sha256, String addedBy, Instant addedAt) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public Long getId() { return id; }
  public Long getEvidenceId() { return evidenceId; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public String getSha256() { return sha256; }
  public String getAddedBy() { return addedBy; }
  public Instant getAddedAt() { return addedAt; }
}
