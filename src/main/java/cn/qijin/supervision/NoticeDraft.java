package cn.qijin.supervision;

/** What the office writes of a 通报 besides the units it commends and names. */
public record NoticeDraft(String documentNumber, String title, String addressee, String body) {}
