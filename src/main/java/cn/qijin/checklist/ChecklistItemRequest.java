package cn.qijin.checklist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A checklist item the office adds to a venue before the campaign starts (e.g. schools, SCH-0). */
public record ChecklistItemRequest(
    @NotBlank(message = "请选择场所类型") String venue,
    @NotBlank(message = "请填写检查项编号")
    @Pattern(regexp = "[A-Za-z0-9-]{2,20}", message = "检查项编号须为 2–20 位字母、数字或短横线，如 SCH-1")
    String code,
    @NotBlank(message = "请填写检查项名称") @Size(max = 200, message = "检查项名称不能超过 200 字") String title,
    @Size(max = 2000, message = "检查项说明不能超过 2000 字") String description,
    @NotBlank(message = "请至少选择一个宣传主题（T1–T6）") String themes) {}
