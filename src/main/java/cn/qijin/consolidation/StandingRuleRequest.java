package cn.qijin.consolidation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A good example made a standing rule (常态化制度): 制度名称, 制度内容, 施行日期. */
public record StandingRuleRequest(
    @NotBlank(message = "请填写制度名称") @Size(max = 200, message = "制度名称不能超过 200 字") String title,
    @NotBlank(message = "请填写制度内容") @Size(max = 4000, message = "制度内容不能超过 4000 字") String text,
    @NotNull(message = "请填写施行日期") LocalDate effectiveDate) {}
