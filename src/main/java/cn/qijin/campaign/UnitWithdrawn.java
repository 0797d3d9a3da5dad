package cn.qijin.campaign;

/**
 * Published in the transaction that withdraws a unit from a running campaign (issue 14 part 4), after its unit
 * process and the processes below it were cancelled: the modules holding its open duties settle them.
 */
public record UnitWithdrawn(Long campaignId, Long unitId, String reason, String by) {}
