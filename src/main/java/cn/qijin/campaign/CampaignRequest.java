package cn.qijin.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the office sends to define a campaign, through {@code POST /api/campaigns} or the 发起活动 form (issue 14
 * part 3). Everything but the template is optional: a missing name or date is taken from the template, missing
 * {@code unitCodes} means every unit active when the campaign starts, a missing {@code checklist} the template's.
 */
public record CampaignRequest(
    @Size(max = 100, message = "活动模板编号不能超过 100 字") String templateCode,
    @Min(value = 1, message = "活动模板的版本号须为正整数") @Max(value = 100000, message = "活动模板的版本号过大")
    Integer templateVersion,
    @Size(max = 200, message = "活动名称不能超过 200 字") String name,
    @Size(max = 200, message = "发文单位不能超过 200 字") String issuer,
    LocalDate ph1Start, LocalDate ph1End,
    LocalDate ph2Start, LocalDate ph2End,
    LocalDate ph3Start, LocalDate ph3End,
    @Size(max = 20000, message = "参加单位最多 20000 个") List<String> unitCodes,
    @Valid Map<String, List<@Valid ChecklistItemDraft>> checklist) {

  /** The request of a definition through the API without participants or checklist of its own. */
  public CampaignRequest(String templateCode, Integer templateVersion, String name, String issuer,
      LocalDate ph1Start, LocalDate ph1End, LocalDate ph2Start, LocalDate ph2End, LocalDate ph3Start, LocalDate ph3End) {
    this(templateCode, templateVersion, name, issuer, ph1Start, ph1End, ph2Start, ph2End, ph3Start, ph3End, null, null);
  }

  /**
   * One checklist item of a venue as the office writes it (SCH-0: the schools' items); {@code allUnits} keeps a
   * template item on every unit's checklist (FAM-1).
   */
  public record ChecklistItemDraft(
      @Size(max = 20, message = "检查项编号不能超过 20 位") String code,
      @Size(max = 200, message = "检查项名称不能超过 200 字") String title,
      @Size(max = 2000, message = "检查项说明不能超过 2000 字") String description,
      @Size(max = 6, message = "宣传主题最多 6 个") List<String> themes,
      Boolean allUnits) {}
}
