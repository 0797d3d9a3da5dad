package cn.qijin.evidence;

import java.util.List;
import java.util.Optional;

/**
 * The codes of the checklist items evidence is recorded for. Evidence only keeps an item's id; the
 * checklist, which knows its items, implements this so that evidence can show an item's code and be
 * searched by it without depending on the checklist.
 */
public interface EvidenceItemCodes {

  /** The code of the item with this id, if there is one. */
  Optional<String> codeOf(Long itemId);

  /** The ids of all items, in any campaign, whose code is this one, ignoring case. */
  List<Long> idsWithCode(String code);
}
