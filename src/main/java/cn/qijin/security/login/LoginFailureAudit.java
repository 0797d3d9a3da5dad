package cn.qijin.security.login;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.security.LoginFailed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts failed logins on the audit trail (登录失败) without making a login wait for the database: entries are
 * handed to a writer thread. A flood does not flood the trail: per client address the first
 * {@code perClientPerMinute} failures of a minute are recorded one by one, the rest of that minute — and the
 * attempts the throttle refused — as one summary entry per client; beyond {@code perMinute} entries a minute
 * in all, one summary for everything else. Passwords never reach this class. Each entry is a {@link LoginFailed}
 * event, which the audit module records.
 */
public class LoginFailureAudit implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LoginFailureAudit.class);
  static final long WINDOW_MILLIS = 60_000;
  private static final int ACCOUNTS_NAMED = 10;
  private static final int ID_LIMIT = 64;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CampaignClock.ZONE);

  private final Consumer<LoginFailed> sink;
  private final Executor writer;
  private final Clock clock;
  private final int perClientPerMinute;
  private final int perMinute;
  private final Object lock = new Object();
  private final Map<String, Window> windows;
  /** the whole node's minute: entries written, and what went beyond perMinute or out of the bounded map */
  private Window overall;

  /**
   * @param sink publishes one entry (the audit module writes it to the trail in a transaction of its own)
   * @param writer runs the writes; a rejected write is counted in the summary instead
   */
  public LoginFailureAudit(Consumer<LoginFailed> sink, Executor writer, Clock clock, int perClientPerMinute,
      int perMinute, int maxClients) {
    this.sink = sink;
    this.writer = writer;
    this.clock = clock;
    this.perClientPerMinute = perClientPerMinute;
    this.perMinute = perMinute;
    this.windows = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
        if (size() <= maxClients) {
          return false;
        }
        overall().absorb(eldest.getValue());
        return true;
      }
    };
  }

  /** A failed login: the account tried (may be empty), the client's address, where. */
  public void failed(String account, String client, LoginSurface surface, String where) {
    long now = clock.millis();
    List<LoginFailed> summaries = new ArrayList<>();
    LoginFailed single = null;
    synchronized (lock) {
      Window window = window(client, now, summaries);
      Window all = overall(now, summaries);
      if (window.recorded < perClientPerMinute && all.recorded < perMinute) {
        window.recorded++;
        all.recorded++;
        single = failure(account, client, surface, where);
      } else {
        window.suppressed++;
        window.name(account);
      }
    }
    write(summaries);
    if (single != null && !submit(single)) {
      // the writer is behind: the failure is still counted, in its client's summary
      synchronized (lock) {
        Window window = windows.computeIfAbsent(client, k -> new Window(clock.millis()));
        window.suppressed++;
        window.name(account);
      }
    }
  }

  /** An attempt the throttle refused (no password was checked): counted in the client's summary. */
  public void refused(String account, String client) {
    long now = clock.millis();
    List<LoginFailed> toWrite = new ArrayList<>();
    synchronized (lock) {
      overall(now, toWrite);
      Window window = window(client, now, toWrite);
      window.refused++;
      window.name(account);
    }
    write(toWrite);
  }

  /** Writes the summaries of the minutes that have ended (called every few seconds). */
  public void flush() {
    List<LoginFailed> toWrite = new ArrayList<>();
    synchronized (lock) {
      endWindowsBefore(clock.millis() - WINDOW_MILLIS, toWrite);
    }
    write(toWrite);
  }

  /** Writes every summary, ended or not (at shutdown). */
  public void flushAll() {
    List<LoginFailed> toWrite = new ArrayList<>();
    synchronized (lock) {
      endWindowsBefore(Long.MAX_VALUE, toWrite);
    }
    write(toWrite);
  }

  /** Writes every summary and lets the writes still queued finish (a few seconds at most). */
  @Override
  public void close() {
    flushAll();
    if (writer instanceof ExecutorService service) {
      service.shutdown();
      try {
        if (!service.awaitTermination(5, TimeUnit.SECONDS)) {
          LOG.warn("Failed logins still queued for the audit trail at shutdown were not recorded");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Window window(String client, long now, List<LoginFailed> toWrite) {
    Window window = windows.get(client);
    if (window != null && window.start <= now - WINDOW_MILLIS) {
      windows.remove(client);
      summarise(client, window, toWrite);
      window = null;
    }
    if (window == null) {
      window = new Window(now);
      windows.put(client, window);
    }
    return window;
  }

  /** The node's current minute, after writing the summary of the one that ended. */
  private Window overall(long now, List<LoginFailed> toWrite) {
    if (overall != null && overall.start <= now - WINDOW_MILLIS) {
      endOverall(toWrite);
    }
    return overall();
  }

  private Window overall() {
    if (overall == null) {
      overall = new Window(clock.millis());
    }
    return overall;
  }

  private void endOverall(List<LoginFailed> toWrite) {
    Window ended = overall;
    overall = null;
    if (ended.suppressed > 0 || ended.refused > 0) {
      toWrite.add(new LoginFailed(null, null,
          "自 " + MINUTE.format(Instant.ofEpochMilli(ended.start)) + " 起一分钟内登录失败过多，以下未逐条记录："
              + counts(ended) + accounts(ended)));
    }
  }

  private void endWindowsBefore(long startedBefore, List<LoginFailed> toWrite) {
    for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Window> e = it.next();
      if (e.getValue().start <= startedBefore) {
        it.remove();
        summarise(e.getKey(), e.getValue(), toWrite);
      }
    }
    if (overall != null && overall.start <= startedBefore) {
      endOverall(toWrite);
    }
  }

  /** A client's ended minute: its summary if anything went unrecorded, counted in the overall one beyond perMinute. */
  private void summarise(String client, Window window, List<LoginFailed> toWrite) {
    if (window.suppressed == 0 && window.refused == 0) {
      return;
    }
    Window all = overall();
    if (all.recorded >= perMinute) {
      all.absorb(window);
      return;
    }
    all.recorded++;
    String single = window.accounts.size() == 1 && !window.accountsOverflowed ? window.accounts.iterator().next() : null;
    toWrite.add(new LoginFailed(single == null ? null : clip(single),
        single == null || single.isEmpty() ? null : clip(single),
        "来源地址 " + client + " 自 " + MINUTE.format(Instant.ofEpochMilli(window.start)) + " 起一分钟内："
            + counts(window) + accounts(window)));
  }

  private static String counts(Window window) {
    List<String> parts = new ArrayList<>();
    if (window.suppressed > 0) {
      parts.add("另有 " + window.suppressed + " 次登录失败未逐条记录");
    }
    if (window.refused > 0) {
      parts.add(window.refused + " 次登录尝试因失败过多被拒绝（未核对密码）");
    }
    return String.join("；", parts);
  }

  private static String accounts(Window window) {
    if (window.accounts.isEmpty()) {
      return "";
    }
    List<String> names = window.accounts.stream().map(a -> a.isEmpty() ? "（未提供）" : "“" + clip(a) + "”").toList();
    return "；涉及账号" + String.join("、", names) + (window.accountsOverflowed ? "等" : "");
  }

  private static LoginFailed failure(String account, String client, LoginSurface surface, String where) {
    String tried = account == null || account.isEmpty() ? null : clip(account);
    return new LoginFailed(tried, tried == null ? "（未提供账号）" : tried,
        (tried == null ? "未提供账号的登录失败" : "账号“" + tried + "”登录失败（密码错误或账号不存在）")
            + "；来源地址 " + client + "；入口 " + surface.chineseName() + (where == null ? "" : "（" + where + "）"));
  }

  private void write(List<LoginFailed> summaries) {
    for (LoginFailed summary : summaries) {
      if (!submit(summary)) {
        LOG.warn("Audit writer busy: a summary of failed logins was not recorded");
      }
    }
  }

  /** Hands the entry to the writer; false when it has no room. */
  private boolean submit(LoginFailed entry) {
    try {
      writer.execute(() -> {
        try {
          sink.accept(entry);
        } catch (RuntimeException e) {
          LOG.warn("Could not record a failed login on the audit trail: {}", e.toString());
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  private static String clip(String id) {
    return id.length() <= ID_LIMIT ? id : id.substring(0, ID_LIMIT - 1) + "…";
  }

  /** One client's (or the node's) current minute. */
  private static final class Window {

    final long start;
    int recorded;
    int suppressed;
    int refused;
    final Set<String> accounts = new LinkedHashSet<>();
    boolean accountsOverflowed;

    Window(long start) {
      this.start = start;
    }

    void name(String account) {
      String a = account == null ? "" : account;
      if (accounts.contains(a)) {
        return;
      }
      if (accounts.size() < ACCOUNTS_NAMED) {
        accounts.add(a);
      } else {
        accountsOverflowed = true;
      }
    }

    void absorb(Window other) {
      suppressed += other.suppressed;
      refused += other.refused;
      other.accounts.forEach(this::name);
      accountsOverflowed |= other.accountsOverflowed;
    }
  }
}
