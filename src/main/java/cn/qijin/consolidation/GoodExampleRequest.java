package cn.qijin.consolidation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The office records a good example (典型) from accepted evidence; unit and venue come from the evidence. */
public record GoodExampleRequest(
    @NotBlank(message = "请填写典型经验名称") @Size(max = 200, message = "典型经验名称不能超过 200 字") String title,
    @Size(max = 4000, message = "经验做法不能超过 4000 字") String description,
    @NotEmpty(message = "请至少选择一份审核通过的佐证材料") @Size(max = 100, message = "一条典型经验最多引用 100 份佐证材料")
    List<Long> evidenceIds,
    @Size(max = 500, message = "主题不能超过 500 字") String themes) {}
