package cn.qijin.evidence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file a user uploaded from a task form, stored but not yet evidence: it becomes part of an evidence
 * record only when the task completes (in the task's transaction). Unused uploads are not evidence.
 */
@Entity
@Table(name = "evidence_upload")
public class EvidenceUpload {

  @Id
  private String id;

  private String uploadedBy;
  private String fileName;
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;
  private Instant uploadedAt;
  private Instant usedAt;

  protected EvidenceUpload() {}

  public EvidenceUpload(String id, String uploadedBy, String fileName, String contentType, long size, String sha256,
      Instant uploadedAt) {
    this.id = id;
    this.uploadedBy = uploadedBy;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
  }

  public void markUsed(Instant at) {
    this.usedAt = at;
  }

  public String getId() { return id; }
  public String getUploadedBy() { return uploadedBy; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public String getSha256() { return sha256; }
  public Instant getUploadedAt() { return uploadedAt; }
  public Instant getUsedAt() { return usedAt; }
}
