package cn.qijin.organisation.internal;

import cn.qijin.organisation.Body;
import cn.qijin.organisation.MemberRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of the leadership group or the office (ORG-1, ORG-2). */
@Entity(name = "OrganisationMember")
@Table(name = "organisation_member")
public class OrganisationMemberEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Body body;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_role")
  private MemberRole role;

  private String name;
  private String position;
  private String userId;
  private String phone;
  private int sortOrder;
  private String updatedBy;
  private Instant updatedAt;

  protected OrganisationMemberEntity() {}

  public OrganisationMemberEntity(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public void write(MemberRole role, String name, String position, String userId, String phone, String by, Instant at) {
    this.body = role.body();
    this.role = role;
    this.name = name;
    this.position = position;
    this.userId = userId;
    this.phone = phone;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Long getId() { return id; }
  public Body getBody() { return body; }
  public MemberRole getRole() { return role; }
  public String getName() { return name; }
  public String getPosition() { return position; }
  public String getUserId() { return userId; }
  public String getPhone() { return phone; }
  public int getSortOrder() { return sortOrder; }
}
