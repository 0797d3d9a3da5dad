package cn.qijin.security.login;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The arithmetic of login throttling (issue 10), kept in this node's memory. Three levels count failed logins:
 * the client (its address), the client with one account, and the account from all clients together — there
 * each failing client counts once, since one client's repeated failures are the pair's business: the account
 * level is against guessing spread over many addresses. Each level lets {@code free-failures} through; after
 * that an attempt there has to wait {@code base-delay} after the last failure, doubling with each further
 * failure up to the level's {@code max-delay}. Failures are forgotten after {@code forget-after} without one. A
 * success clears the client-account pair (not the client, not the account) and makes the client known for the
 * account: known clients skip the account level, whose delay is short anyway. So a stranger who fails again and
 * again slows himself down; strangers at many addresses can slow other clients' logins to that account by at
 * most the account's max-delay; nobody can lock an account.
 *
 * <p>An admitted attempt counts as pending until {@link #finish}: attempts that run at the same time cannot get
 * past a level's budget together. Refused attempts count nothing. Memory is bounded: each map forgets its least
 * recently used entries beyond {@code max-entries}. One instance per node: in a cluster each node throttles on
 * its own.
 */
public class LoginThrottle {

  /** Where an attempt was refused. */
  public enum Level {
    CLIENT, CLIENT_ACCOUNT, ACCOUNT
  }

  /** What came of an admitted attempt. */
  public enum Outcome {
    SUCCESS, FAILURE,
    /** no password was checked, or it is not known whether it was right (the pending attempt is released) */
    NONE
  }

  /** The answer to {@link #admit}: admitted (refusedAt null, then hand it to {@link #finish}) or refused. */
  public record Admission(String client, String account, Level refusedAt, Duration retryAfter) {

    public boolean admitted() {
      return refusedAt == null;
    }
  }

  private static final char SEPARATOR = '\u0000';

  private final LoginThrottleProperties settings;
  private final Clock clock;
  private final Object lock = new Object();
  private final Map<String, Counter> clients;
  private final Map<String, Counter> pairs;
  private final Map<String, Counter> accounts;
  /** client-account pair → last successful login, epoch millis */
  private final Map<String, Long> known;

  public LoginThrottle(LoginThrottleProperties settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
    this.clients = lru(settings.maxEntries());
    this.pairs = lru(settings.maxEntries());
    this.accounts = lru(settings.maxEntries());
    this.known = lru(settings.maxEntries());
  }

  /** Whether an attempt of this client for this account may go on now; if so it is pending until finished. */
  public Admission admit(String client, String account) {
    long now = clock.millis();
    String pair = pair(client, account);
    synchronized (lock) {
      Counter byClient = clients.computeIfAbsent(client, k -> new Counter());
      long wait = byClient.waitMillis(settings.client(), now);
      if (wait > 0) {
        return refused(client, account, Level.CLIENT, wait);
      }
      Counter byPair = pairs.computeIfAbsent(pair, k -> new Counter());
      wait = byPair.waitMillis(settings.clientAccount(), now);
      if (wait > 0) {
        return refused(client, account, Level.CLIENT_ACCOUNT, wait);
      }
      Counter byAccount = accounts.computeIfAbsent(account, k -> new Counter());
      if (!isKnown(pair, now)) {
        wait = byAccount.waitMillis(settings.account(), now);
        if (wait > 0) {
          return refused(client, account, Level.ACCOUNT, wait);
        }
      }
      byClient.pending++;
      byPair.pending++;
      byAccount.pending++;
      return new Admission(client, account, null, Duration.ZERO);
    }
  }

  /**
   * Ends an admitted attempt. {@code checkedAccount} is the account whose password was checked when that is
   * known better after the fact (HTTP Basic decoded by Camunda), else null for the admitted one.
   */
  public void finish(Admission admission, Outcome outcome, String checkedAccount) {
    if (!admission.admitted()) {
      return;
    }
    long now = clock.millis();
    String account = checkedAccount == null ? admission.account() : checkedAccount;
    String pair = pair(admission.client(), account);
    synchronized (lock) {
      release(clients.get(admission.client()));
      release(pairs.get(pair(admission.client(), admission.account())));
      release(accounts.get(admission.account()));
      switch (outcome) {
        case FAILURE -> {
          clients.computeIfAbsent(admission.client(), k -> new Counter()).fail(now, true);
          boolean firstOfClient = pairs.computeIfAbsent(pair, k -> new Counter()).fail(now, true);
          accounts.computeIfAbsent(account, k -> new Counter()).fail(now, firstOfClient);
        }
        case SUCCESS -> {
          pairs.remove(pair);
          known.put(pair, now);
        }
        case NONE -> { }
      }
    }
  }

  /** Forgets everything (tests; an operator restarting a node does the same). */
  public void reset() {
    synchronized (lock) {
      clients.clear();
      pairs.clear();
      accounts.clear();
      known.clear();
    }
  }

  /** How many entries the largest map holds (bounded by max-entries). */
  int size() {
    synchronized (lock) {
      return Math.max(Math.max(clients.size(), pairs.size()), Math.max(accounts.size(), known.size()));
    }
  }

  private boolean isKnown(String pair, long now) {
    Long since = known.get(pair);
    if (since == null) {
      return false;
    }
    if (now - since >= settings.knownClientFor().toMillis()) {
      known.remove(pair);
      return false;
    }
    return true;
  }

  private static void release(Counter counter) {
    if (counter != null && counter.pending > 0) {
      counter.pending--;
    }
  }

  private static Admission refused(String client, String account, Level level, long waitMillis) {
    return new Admission(client, account, level, Duration.ofMillis(waitMillis));
  }

  private static String pair(String client, String account) {
    return client + SEPARATOR + account;
  }

  /** The wait after the n-th failure beyond the free ones (n ≥ 1): base · 2^(n-1), at most max. */
  static long delayMillis(long baseMillis, long maxMillis, int beyondFree) {
    if (beyondFree < 1) {
      return 0;
    }
    int doublings = Math.min(beyondFree - 1, 40);
    long delay = baseMillis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : baseMillis << doublings;
    return Math.min(delay, maxMillis);
  }

  private static <V> Map<String, V> lru(int maxEntries) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** Failures at one level for one key; guarded by the throttle's lock. */
  private final class Counter {

    int failures;
    long lastFailure;
    int pending;

    long waitMillis(LoginThrottleProperties.Level level, long now) {
      forgetIfQuiet(now);
      int free = level.freeFailures();
      if (failures + pending < free) {
        return 0;
      }
      long base = settings.baseDelay().toMillis();
      long max = level.maxDelay().toMillis();
      if (pending > 0) {
        // over the budget with an attempt still running: wait for it, then as long as a failure would demand
        return Math.max(1, delayMillis(base, max, failures + pending - free + 1));
      }
      return Math.max(0, lastFailure + delayMillis(base, max, failures - free + 1) - now);
    }

    /**
     * A failure now; {@code counts} false only refreshes the time of the last failure. Returns whether it is the
     * first failure counted here since the last were forgotten.
     */
    boolean fail(long now, boolean counts) {
      forgetIfQuiet(now);
      boolean first = failures == 0;
      if (counts) {
        failures++;
      }
      lastFailure = now;
      return first;
    }

    private void forgetIfQuiet(long now) {
      if (failures > 0 && now - lastFailure >= settings.forgetAfter().toMillis()) {
        failures = 0;
      }
    }
  }
}
