package cn.qijin.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign as the API shows it, with its checklist. */
public record CampaignView(Long id, String name, String issuer, String template, String status, String statusName,
    String phase, String phaseName, LocalDate ph1Start, LocalDate ph1End, LocalDate ph2Start, LocalDate ph2End,
    LocalDate ph3Start, LocalDate ph3End, String processInstanceId, Instant startedAt, Instant endedAt,
    String planDocumentNumber, LocalDate planIssueDate, int participantCount, List<ItemView> checklist) {

  public record ItemView(Long id, String venue, String venueName, String code, String title, String description,
      String themes, String origin, boolean allUnits) {}

  static CampaignView of(Campaign c, List<ItemView> items) {
    CampaignSchedule s = c.schedule();
    return new CampaignView(c.getId(), c.getName(), c.getIssuer(), c.getTemplateCode() + " v" + c.getTemplateVersion(),
        c.getStatus().name(), c.getStatus().chineseName(), c.getPhase() == null ? null : c.getPhase().name(),
        c.getPhase() == null ? null : c.getPhase().chineseName(), s.ph1Start(), s.ph1End(), s.ph2Start(), s.ph2End(),
        s.ph3Start(), s.ph3End(), c.getProcessInstanceId(), c.getStartedAt(), c.getEndedAt(),
        c.getPlanDocumentNumber(), c.getPlanIssueDate(), c.getParticipantUnitIds().size(),
        items);
  }
}
