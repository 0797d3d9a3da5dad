package cn.qijin.unit;

/**
 * A password the office has just set for a unit's account and hands over to its holder; it is shown once and
 * never stored in clear (Camunda keeps a salted hash).
 */
public record IssuedPassword(String unitCode, String unitName, String userId, String name, String password) {}
