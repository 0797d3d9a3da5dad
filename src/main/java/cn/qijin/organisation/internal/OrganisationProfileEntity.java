package cn.qijin.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The bureau and its campaign office, one row (id 1). */
@Entity(name = "OrganisationProfile")
@Table(name = "organisation_profile")
public class OrganisationProfileEntity {

  public static final int ID = 1;

  @Id
  private Integer id = ID;

  private String bureauName;
  private String officeName;
  private String officeSeat;
  private String updatedBy;
  private Instant updatedAt;

  public void write(String bureauName, String officeName, String officeSeat, String by, Instant at) {
    this.bureauName = bureauName;
    this.officeName = officeName;
    this.officeSeat = officeSeat;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String getBureauName() { return bureauName; }
  public String getOfficeName() { return officeName; }
  public String getOfficeSeat() { return officeSeat; }
  public String getUpdatedBy() { return updatedBy; }
  public Instant getUpdatedAt() { return updatedAt; }
}
