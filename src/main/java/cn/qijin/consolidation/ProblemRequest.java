package cn.qijin.consolidation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A problem the office records: owner is a unit code, or empty for the office; due date within PH-3. */
public record ProblemRequest(
    @NotBlank(message = "请填写问题描述") @Size(max = 200, message = "问题描述不能超过 200 字") String title,
    @Size(max = 4000, message = "情况说明及整改措施不能超过 4000 字") String description,
    @Size(max = 64, message = "责任单位编码不能超过 64 个字符") String ownerUnit,
    @NotNull(message = "请填写整改期限") LocalDate dueDate) {}
