package cn.qijin.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the office sends to register or change a unit: its primary venue and, for a unit that serves more than
 * one (an enterprise that also runs a public place), its additional venues.
 */
public record UnitRequest(
    @NotBlank(message = "请填写单位编码")
    @Pattern(regexp = "[A-Za-z0-9]{2,20}", message = "单位编码须为 2–20 位字母或数字")
    String code,
    @NotBlank(message = "请填写单位名称") @Size(max = 200, message = "单位名称不能超过 200 字") String name,
    @NotBlank(message = "请选择场所类型") String venue,
    @NotBlank(message = "请填写联系人") @Size(max = 50, message = "联系人不能超过 50 字") String contactPerson,
    @NotBlank(message = "请填写联系电话")
    @Pattern(regexp = "[0-9+\\-() ]{5,30}", message = "联系电话格式不正确")
    String phone,
    @Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱不能超过 200 字") String email,
    Boolean active,
    @Size(max = 6, message = "附加场所类型最多 6 个") List<String> additionalVenues) {

  /** A unit serving one venue only. */
  public UnitRequest(String code, String name, String venue, String contactPerson, String phone, String email,
      Boolean active) {
    this(code, name, venue, contactPerson, phone, email, active, null);
  }
}
