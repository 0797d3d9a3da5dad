package cn.qijin.notification;

import cn.qijin.notification.internal.Notification;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.kernel.CampaignClock;
import java.util.Collection;
import org.springframework.stereotype.Service;

/** Puts messages in the outbox in the caller's transaction; a dedup key already present is skipped. */
@Service
public class NotificationOutbox {

  private final NotificationRepository notifications;

  public NotificationOutbox(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /**
   * @param key identifies the event (e.g. "REMINDER:12:2017-09-16T01:00:00Z"); one message per
   *     recipient and key, ever.
   */
  public int enqueue(String key, String kind, Long obligationId, Collection<String> recipients, String subject,
      String body) {
    int added = 0;
    for (String recipient : recipients) {
      String dedupKey = key + ":" + recipient;
      if (!notifications.existsByDedupKey(dedupKey)) {
        notifications.save(new Notification(dedupKey, MailNotificationSender.CHANNEL, recipient, subject, body, kind,
            obligationId, CampaignClock.now()));
        added++;
      }
    }
    return added;
  }
}
