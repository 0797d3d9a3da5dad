package cn.qijin.consolidation;

/** Browsing the good-example library: campaign, venue (企业 / V1 / ENTERPRISE), unit code, theme (T1–T6), text. */
public record LibraryFilter(Long campaign, String venue, String unit, String theme, String text) {}
