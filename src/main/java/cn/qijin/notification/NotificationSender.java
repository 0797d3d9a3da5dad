package cn.qijin.notification;

import cn.qijin.notification.internal.Notification;

/**
 * A channel that delivers outbox messages: e-mail today; an enterprise WeChat or DingTalk webhook is
 * one more implementation of this interface (and a channel name in the outbox).
 */
public interface NotificationSender {

  String channel();

  /** Delivers the message or throws with a reason that is stored on the message. */
  void send(Notification message) throws Exception;
}
