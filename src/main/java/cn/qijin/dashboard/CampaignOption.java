package cn.qijin.dashboard;

/** A campaign the dashboard can show; {@code preselected} marks the one it shows when none is chosen. */
public record CampaignOption(Long id, String name, String status, String statusName, boolean preselected) {}
