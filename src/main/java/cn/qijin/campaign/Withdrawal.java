package cn.qijin.campaign;

/** A unit withdrawn from a running campaign (issue 14 part 4), with the office's reason. */
public record Withdrawal(Long campaignId, Long unitId, String unitCode, String unitName, String reason,
    String withdrawnBy) {}
