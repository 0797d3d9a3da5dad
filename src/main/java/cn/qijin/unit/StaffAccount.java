package cn.qijin.unit;

/** One of a unit's staff accounts (ORG-3): a Camunda user in the unit's group. */
public record StaffAccount(String userId, String name, String email) {}
