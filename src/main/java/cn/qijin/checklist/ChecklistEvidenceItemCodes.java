package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.evidence.EvidenceItemCodes;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells evidence the codes of the checklist items it was recorded for. */
@Component
class ChecklistEvidenceItemCodes implements EvidenceItemCodes {

  private final ChecklistItemRepository items;

  ChecklistEvidenceItemCodes(ChecklistItemRepository items) {
    this.items = items;
  }

  @Override
  public Optional<String> codeOf(Long itemId) {
    return items.findById(itemId).map(ChecklistItemEntity::getCode);
  }

  @Override
  public List<Long> idsWithCode(String code) {
    return items.findByCodeIgnoreCase(code).stream().map(ChecklistItemEntity::getId).toList();
  }
}
