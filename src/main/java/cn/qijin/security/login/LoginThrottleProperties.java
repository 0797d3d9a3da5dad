package cn.qijin.security.login;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qijin.security.login-throttle.*: how many failed logins a client, a client with one account, and one account
 * from everywhere may have before their next attempt waits (docs/security.md, Login throttling; issue 10).
 *
 * @param enabled off only together with the engine's own per-account throttling back on (application.yml)
 * @param client one client address, whatever accounts it tries
 * @param clientAccount one client address with one account; a successful login there clears it
 * @param account one account from all clients together, each failing client counted once: never a lock, only
 *     a short delay (maxDelay)
 * @param baseDelay the wait after the first failure beyond a level's free failures; it doubles with each further
 *     failure up to the level's maxDelay
 * @param forgetAfter a level's failures are forgotten after this long without a failure there
 * @param knownClientFor a client that logged in to an account skips the account-wide delay for that account
 *     for this long (the real user's own computer is not slowed by failures from elsewhere)
 * @param maxEntries at most this many clients, client-account pairs, accounts and known clients are remembered
 *     (each; the least recently used are forgotten first), so memory stays bounded under a flood
 * @param trustedProxies addresses or CIDR ranges of reverse proxies in front of this node: only for requests
 *     from these is X-Forwarded-For believed (empty: the client is the connection's address)
 * @param auditPerClientPerMinute failed logins recorded one by one in the audit trail per client address and
 *     minute; beyond that a summary per client and minute
 * @param auditPerMinute entries about failed logins a minute in all (one by one and summaries); beyond that one
 *     summary for the rest of the minute
 */
@ConfigurationProperties("qijin.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("true") boolean enabled,
    Level client,
    Level clientAccount,
    Level account,
    @DefaultValue("PT1S") Duration baseDelay,
    @DefaultValue("PT15M") Duration forgetAfter,
    @DefaultValue("P30D") Duration knownClientFor,
    @DefaultValue("20000") int maxEntries,
    @DefaultValue List<String> trustedProxies,
    @DefaultValue("10") int auditPerClientPerMinute,
    @DefaultValue("300") int auditPerMinute) {

  /**
   * One level of the throttle; what is not configured takes the level's default.
   *
   * @param freeFailures failures allowed before attempts have to wait (at least 1)
   * @param maxDelay the longest wait between attempts once over the free failures
   */
  public record Level(Integer freeFailures, Duration maxDelay) {

    Level orDefaults(int defaultFreeFailures, Duration defaultMaxDelay, String name) {
      Level level = new Level(freeFailures == null ? defaultFreeFailures : freeFailures,
          maxDelay == null ? defaultMaxDelay : maxDelay);
      if (level.freeFailures < 1 || level.maxDelay.isNegative()) {
        throw new IllegalArgumentException("qijin.security.login-throttle." + name
            + ": free-failures must be at least 1 and max-delay must not be negative");
      }
      return level;
    }
  }

  public LoginThrottleProperties {
    client = (client == null ? new Level(null, null) : client).orDefaults(20, Duration.ofMinutes(10), "client");
    clientAccount = (clientAccount == null ? new Level(null, null) : clientAccount)
        .orDefaults(5, Duration.ofMinutes(5), "client-account");
    account = (account == null ? new Level(null, null) : account).orDefaults(10, Duration.ofSeconds(2), "account");
    if (baseDelay.isNegative() || forgetAfter.isNegative() || knownClientFor.isNegative()) {
      throw new IllegalArgumentException("qijin.security.login-throttle: durations must not be negative");
    }
    if (maxEntries < 100) {
      throw new IllegalArgumentException("qijin.security.login-throttle.max-entries must be at least 100");
    }
    if (auditPerClientPerMinute < 0 || auditPerMinute < 1) {
      throw new IllegalArgumentException("qijin.security.login-throttle: audit-per-client-per-minute must not be negative"
          + " and audit-per-minute must be at least 1");
    }
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
  }

  /** The defaults of application.yml, for tests that build a throttle of their own. */
  public static LoginThrottleProperties defaults() {
    return new LoginThrottleProperties(true, null, null, null, Duration.ofSeconds(1), Duration.ofMinutes(15),
        Duration.ofDays(30), 20_000, List.of(), 10, 300);
  }
}
