package cn.qijin.checklist;

import java.time.LocalDate;

/**
 * A unit's checklist item, still open when PH-2 ended (or returned by the office after that), was carried
 * into PH-3 and must be recorded there as a problem with owner and due date (REC-2).
 *
 * <p>Published synchronously by {@link ChecklistSteps} (when PH-2 ends, or an item is returned after it) inside the process engine's transaction; its
 * listeners run in that same transaction, so a listener that fails rolls the carry-over back, as when the
 * checklist called consolidation directly.
 *
 * @param itemLabel the item's code and title, as the problem's title shows it
 * @param unitName the unit that owns the problem
 * @param dueDate the end of PH-3, by which the problem must be solved
 */
public record OpenItemCarriedOver(Long campaignId, Long unitId, Long itemId, String itemLabel, String unitName,
    LocalDate dueDate) {}
