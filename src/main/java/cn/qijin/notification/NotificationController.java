package cn.qijin.notification;

import cn.qijin.notification.internal.Notification;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The office lists the outbox (pending, sent, failed with reason) and can send a failed message again. */
@RestController
public class NotificationController {

  private final NotificationRepository notifications;

  public NotificationController(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  public record NotificationView(Long id, String kind, String channel, String recipient, String subject, String status,
      String statusName, int attempts, String lastError, Instant createdAt, Instant sentAt, Long obligationId) {

    static NotificationView of(Notification n) {
      return new NotificationView(n.getId(), n.getKind(), n.getChannel(), n.getRecipient(), n.getSubject(),
          n.getStatus().name(), statusName(n.getStatus()), n.getAttempts(), n.getLastError(), n.getCreatedAt(),
          n.getSentAt(), n.getObligationId());
    }

    private static String statusName(Notification.Status s) {
      return switch (s) {
        case PENDING -> "待发送";
        case SENDING -> "发送中";
        case SENT -> "已发送";
        case FAILED -> "发送失败";
      };
    }
  }

  @OfficeOrLeadership
  @GetMapping("/api/notifications")
  public Page<NotificationView> list(@RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    var paging = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200));
    if (status == null || status.isBlank()) {
      return notifications.findAllByOrderByIdDesc(paging).map(NotificationView::of);
    }
    Notification.Status s;
    try {
      s = Notification.Status.valueOf(status.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("未知的发送状态“" + status + "”，可选 PENDING、SENDING、SENT、FAILED");
    }
    return notifications.findByStatusOrderByIdDesc(s, paging).map(NotificationView::of);
  }

  @OfficeOnly
  @PostMapping("/api/notifications/{id}/retry")
  @Transactional
  public NotificationView retry(@PathVariable Long id) {
    Notification n = notifications.findById(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的消息"));
    if (n.getStatus() != Notification.Status.FAILED) {
      throw new InvalidInputException("只有发送失败的消息可以重新发送");
    }
    n.retry(CampaignClock.now());
    return NotificationView.of(n);
  }
}
