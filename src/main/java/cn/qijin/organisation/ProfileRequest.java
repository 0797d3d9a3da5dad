package cn.qijin.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bureau and its campaign office as the documents name them (ORG-2: 办公室设在局安全科). */
public record ProfileRequest(
    @NotBlank(message = "请填写局（委）名称") @Size(max = 200, message = "局（委）名称不能超过 200 字") String bureauName,
    @NotBlank(message = "请填写办公室名称") @Size(max = 200, message = "办公室名称不能超过 200 字") String officeName,
    @Size(max = 100, message = "办公室所在科室不能超过 100 字") String officeSeat) {}
