package cn.qijin.supervision;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.TimerCycle;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.notification.Recipients;
import cn.qijin.organisation.Organisation;
import cn.qijin.security.Roles;
import cn.qijin.supervision.internal.NoticeAcknowledgement;
import cn.qijin.supervision.internal.NoticeAcknowledgementRepository;
import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * ORG-2 通报: circulates an approved notice to every participating unit, each with an acknowledgement (签收) due
 * within {@code acknowledgementDays}, and reminds units that have not signed (on the due day, then every few days).
 */
@Component("circulation")
public class Circulation {

  private final SupervisionRounds rounds;
  private final NoticeAcknowledgementRepository acknowledgements;
  private final Campaigns campaigns;
  private final Units units;
  private final NotificationOutbox outbox;
  private final Recipients recipients;
  private final SupervisionProperties properties;
  private final Organisation organisation;

  public Circulation(SupervisionRounds rounds, NoticeAcknowledgementRepository acknowledgements,
      Campaigns campaigns, Units units, NotificationOutbox outbox, Recipients recipients,
      SupervisionProperties properties, Organisation organisation) {
    this.organisation = organisation;
    this.rounds = rounds;
    this.acknowledgements = acknowledgements;
    this.campaigns = campaigns;
    this.units = units;
    this.outbox = outbox;
    this.recipients = recipients;
    this.properties = properties;
  }

  /** The timer values the process needs once the notice is out. */
  public record Deadlines(Instant acknowledgementDueAt, String reminderCycle, Instant reportDueAt) {}

  Deadlines circulate(SupervisionRound round) {
    LocalDate today = CampaignClock.today();
    LocalDate dueDay = today.plusDays(properties.acknowledgementDays());
    Instant dueAt = CampaignClock.endOfDay(dueDay).toInstant();
    Campaign campaign = campaigns.find(round.getCampaignId()).orElseThrow();
    for (Unit unit : participants(campaign)) {
      acknowledgements.save(new NoticeAcknowledgement(round.getId(), unit.getId(), dueAt));
      outbox.enqueue("NOTICE:" + round.getId() + ":" + unit.getId(), "NOTICE", null, recipients.ofUnit(unit),
          "【通报】" + round.getTitle(),
          unit.getName() + "：\n\n办公室印发了《" + round.getTitle() + "》（" + round.getDocumentNumber() + "）。\n请于 "
              + dueDay + " 前登录任务列表签收，并按通报要求抓好落实。\n\n" + organisation.signature());
    }
    round.circulated(CampaignClock.now(), dueAt);
    String firstReminder = dueDay.atTime(properties.hour(), 0).atZone(CampaignClock.ZONE)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return new Deadlines(dueAt, TimerCycle.firing(properties.reminderCount(), firstReminder,
        "P" + properties.reminderIntervalDays() + "D"),
        CampaignClock.endOfDay(today.plusDays(properties.reportDays())).toInstant());
  }

  /** The multi-instance collection of the acknowledgement task: unit codes in the seven venues' order. */
  public List<String> unitCodes(Long roundId) {
    Map<Long, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    return acknowledgements.findByRoundIdOrderByIdAsc(roundId).stream().map(a -> byId.get(a.getUnitId()))
        .map(Unit::getCode).toList();
  }

  /** Reminds every unit that has not signed yet; the office is copied once the due day has passed. */
  int remindUnsigned(SupervisionRound round) {
    LocalDate today = CampaignClock.today();
    int reminded = 0;
    for (NoticeAcknowledgement ack : acknowledgements.findByRoundIdOrderByIdAsc(round.getId())) {
      if (ack.isAcknowledged()) {
        continue;
      }
      Unit unit = units.find(ack.getUnitId()).orElseThrow();
      ack.reminded();
      LocalDate dueDay = LocalDate.ofInstant(ack.getDueAt(), CampaignClock.ZONE);
      boolean overdue = today.isAfter(dueDay);
      String status = overdue ? "已逾期 " + (today.toEpochDay() - dueDay.toEpochDay()) + " 天（签收期限 " + dueDay + "）"
          : "今天是签收期限（" + dueDay + "）";
      Set<String> to = new LinkedHashSet<>(recipients.ofUnit(unit));
      if (overdue) {
        to.addAll(recipients.ofGroup(Roles.OFFICE));
      }
      outbox.enqueue("NOTICE-REMINDER:" + round.getId() + ":" + unit.getId() + ":" + ack.getRemindersSent(),
          "NOTICE_REMINDER", null, to, "【签收提醒】" + unit.getName() + " " + round.getTitle(),
          unit.getName() + "：\n\n《" + round.getTitle() + "》（" + round.getDocumentNumber() + "）尚未签收，" + status
              + "。\n请登录任务列表签收。\n\n" + organisation.signature());
      reminded++;
    }
    return reminded;
  }

  List<Unit> participants(Campaign campaign) {
    return units.allById(campaign.getParticipantUnitIds()).stream()
        .sorted(Comparator.comparing(Unit::getVenue).thenComparing(Unit::getCode)).toList();
  }
}
