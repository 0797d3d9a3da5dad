package cn.qijin.unit.internal;

import cn.qijin.kernel.UnitGroups;
import cn.qijin.kernel.Venue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A participating unit (ORG-3): an enterprise, school, organ, community, village, ... It serves its primary
 * venue and possibly further ones (an enterprise that also runs a public place).
 */
@Entity(name = "Unit")
@Table(name = "unit")
public class UnitEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private Venue venue;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "unit_additional_venue", joinColumns = @JoinColumn(name = "unit_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "venue")
  private Set<Venue> additionalVenues = new LinkedHashSet<>();

  private String contactPerson;
  private String phone;
  private String email;
  private boolean active = true;
  private Instant createdAt;
  private Instant updatedAt;

  @Version
  private long rowVersion;

  protected UnitEntity() {}

  public UnitEntity(String code, Instant createdAt) {
    this.code = code;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  public void update(String name, Venue venue, Set<Venue> additionalVenues, String contactPerson, String phone, String email,
      boolean active, Instant at) {
    this.name = name;
    this.venue = venue;
    this.additionalVenues.clear();
    this.additionalVenues.addAll(additionalVenues);
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
  /** The primary venue. */
  public Venue getVenue() { return venue; }

  /** The venues served besides the primary one, in the plan's order. */
  public Set<Venue> getAdditionalVenues() {
    return additionalVenues.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(additionalVenues));
  }

  /** Every venue this unit serves: the primary venue first, then the others in the plan's order. */
  public Set<Venue> venues() {
    Set<Venue> all = new LinkedHashSet<>();
    all.add(venue);
    all.addAll(getAdditionalVenues());
    return all;
  }

  public boolean serves(Venue v) {
    return venue == v || additionalVenues.contains(v);
  }

  public String getContactPerson() { return contactPerson; }
  public String getPhone() { return phone; }
  public String getEmail() { return email; }
  public boolean isActive() { return active; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
