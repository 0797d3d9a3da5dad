package cn.qijin.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member of the leadership group or the office as the office records it (issue 14 part 2). */
public record MemberRequest(
    @NotBlank(message = "请选择职务") String role,
    @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 字") String name,
    @Size(max = 100, message = "单位职务不能超过 100 字") String position,
    @Size(max = 64, message = "账号不能超过 64 个字符") String userId,
    @Pattern(regexp = "|[0-9+()\\- ]{5,30}", message = "电话号码格式不正确，如 0632-1234567 或 13800000000") String phone) {}
