package cn.qijin.security;

/**
 * A failed login for the audit trail (登录失败), or the summary of a minute's failures of one client or of the
 * whole node: published by the login throttle's audit writer thread (security.login.LoginFailureAudit), each in
 * a transaction of its own, in which the audit module records it. Passwords never reach it.
 *
 * @param account the account tried, the entry's subject; null (a summary: empty) when none was given, null when a
 *     summary names several
 * @param actor who the entry names as having acted (the account tried, or a note that none was given); null for
 *     the system
 * @param detail what happened, in Chinese: client address, way in, counts
 */
public record LoginFailed(String account, String actor, String detail) {}
