package cn.qijin.consolidation;

import java.util.List;

/** The office records a good example (典型) from accepted evidence; unit and venue come from the evidence. */
public record GoodExampleRequest(String title, String description, List<Long> evidenceIds, String themes) {}
