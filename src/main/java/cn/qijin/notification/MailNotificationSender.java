package cn.qijin.notification;

import cn.qijin.notification.internal.Notification;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** E-mail through Spring Mail (spring.mail.*). Without a configured mail server every attempt fails with that reason. */
@Component
public class MailNotificationSender implements NotificationSender {

  public static final String CHANNEL = "EMAIL";

  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  public MailNotificationSender(ObjectProvider<JavaMailSender> mail,
      @Value("${qijin.notifications.from:qijin@localhost}") String from) {
    this.mail = mail;
    this.from = from;
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public void send(Notification message) throws Exception {
    JavaMailSender sender = mail.getIfAvailable();
    // docker-compose passes SPRING_MAIL_HOST empty when no server is configured
    if (sender == null || sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
      throw new IllegalStateException("未配置邮件服务器（spring.mail.host）");
    }
    var mime = sender.createMimeMessage();
    var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(message.getRecipient());
    helper.setSubject(message.getSubject());
    helper.setText(message.getBody());
    sender.send(mime);
  }
}
