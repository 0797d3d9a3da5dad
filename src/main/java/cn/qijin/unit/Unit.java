package cn.qijin.unit;

import cn.qijin.kernel.UnitGroups;
import cn.qijin.kernel.Venue;
import cn.qijin.unit.internal.UnitEntity;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A participating unit (ORG-3) as other modules see it: an immutable copy of its row, read through {@link Units}
 * (issue 13 part 1). It serves its primary venue and possibly further ones.
 */
public final class Unit {

  private final Long id;
  private final String code;
  private final String name;
  private final Venue venue;
  private final Set<Venue> additionalVenues;
  private final String contactPerson;
  private final String phone;
  private final String email;
  private final boolean active;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Unit(UnitEntity e) {
    this.id = e.getId();
    this.code = e.getCode();
    this.name = e.getName();
    this.venue = e.getVenue();
    this.additionalVenues = e.getAdditionalVenues();
    this.contactPerson = e.getContactPerson();
    this.phone = e.getPhone();
    this.email = e.getEmail();
    this.active = e.isActive();
    this.createdAt = e.getCreatedAt();
    this.updatedAt = e.getUpdatedAt();
  }

  static Unit of(UnitEntity e) {
    return new Unit(e);
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
  public Set<Venue> getAdditionalVenues() { return additionalVenues; }

  /** Every venue this unit serves: the primary venue first, then the others in the plan's order. */
  public Set<Venue> venues() {
    Set<Venue> all = new LinkedHashSet<>();
    all.add(venue);
    all.addAll(additionalVenues);
    return Collections.unmodifiableSet(all);
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

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Unit other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
