package cn.qijin.mobilisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** PH-1: the mobilisation meeting (动员部署会议) as the office recorded it. */
@Entity
@Table(name = "mobilisation_meeting")
public class MobilisationMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private LocalDate meetingDate;
  private String place;
  private long attendeeCount;

  @Column(length = 2000)
  private String attendees;

  @Column(length = 4000)
  private String minutes;

  private String recordedBy;
  private Instant recordedAt;

  protected MobilisationMeeting() {}

  public MobilisationMeeting(Long campaignId, LocalDate meetingDate, String place, long attendeeCount,
      String attendees, String minutes, String recordedBy, Instant recordedAt) {
    this.campaignId = campaignId;
    this.meetingDate = meetingDate;
    this.place = place;
    this.attendeeCount = attendeeCount;
    this.attendees = attendees;
    this.minutes = minutes;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public LocalDate getMeetingDate() { return meetingDate; }
  public String getPlace() { return place; }
  public long getAttendeeCount() { return attendeeCount; }
  public String getAttendees() { return attendees; }
  public String getMinutes() { return minutes; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
