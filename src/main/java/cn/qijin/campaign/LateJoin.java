package cn.qijin.campaign;

import java.time.LocalDate;

/**
 * A unit added to a running campaign (issue 14 part 4): it owes only what falls due from {@code joinedOn} in
 * {@code joinedPhase} on — no plan acknowledgement after PH-1, no checklist in PH-3, no obligation for past periods.
 */
public record LateJoin(Long campaignId, Long unitId, String unitCode, String unitName, LocalDate joinedOn,
    Phase joinedPhase, String joinedPhaseName, String joinedBy) {}
