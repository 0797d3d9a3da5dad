package cn.qijin.unit;

import cn.qijin.venue.Venue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A participating unit (ORG-3): an enterprise, school, organ, community, village, ... */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private Venue venue;

  private String contactPerson;
  private String phone;
  private String email;
  private boolean active = true;
  private Instant createdAt;
  private Instant updatedAt;

  @Version
  private long rowVersion;

  protected Unit() {}

  public Unit(String code, Instant createdAt) {
    this.code = code;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  void update(String name, Venue venue, String contactPerson, String phone, String email, boolean active, Instant at) {
    this.name = name;
    this.venue = venue;
    this.contactPerson = contactPerson;
    this.phone = phone;
    this.email = email;
    this.active = active;
    this.updatedAt = at;
  }

  /** The Camunda group whose members are this unit's staff. */
  public String groupId() {
    return UnitGroups.groupIdOf(code);
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public Venue getVenue() { return venue; }
  public String getContactPerson() { return contactPerson; }
  public String getPhone() { return phone; }
  public String getEmail() { return email; }
  public boolean isActive() { return active; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
