package cn.qijin.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the office sends to give a unit a staff account. */
public record StaffAccountRequest(
    @NotBlank(message = "请填写登录账号")
    @Pattern(regexp = StaffAccounts.USER_ID_PATTERN, message = StaffAccounts.USER_ID_RULE)
    String userId,
    @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 字") String name,
    @Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱不能超过 200 字") String email) {}
