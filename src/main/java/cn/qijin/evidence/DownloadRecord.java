package cn.qijin.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who downloaded which file or export, and when. */
@Entity
@Table(name = "evidence_download")
public class DownloadRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long fileId;
  private Long evidenceId;
  private String what;
  private String downloadedBy;
  private Instant downloadedAt;
  private String detail;

  protected DownloadRecord() {}

  DownloadRecord(Long fileId, Long evidenceId, String what, String downloadedBy, Instant downloadedAt, String detail) {
    this.fileId = fileId;
    this.evidenceId = evidenceId;
    this.what = what;
    this.downloadedBy = downloadedBy;
    this.downloadedAt = downloadedAt;
    this.detail = detail;
  }

  public Long getId() { return id; }
  public Long getFileId() { return fileId; }
  public Long getEvidenceId() { return evidenceId; }
  public String getWhat() { return what; }
  public String getDownloadedBy() { return downloadedBy; }
  public Instant getDownloadedAt() { return downloadedAt; }
  public String getDetail() { return detail; }
}
