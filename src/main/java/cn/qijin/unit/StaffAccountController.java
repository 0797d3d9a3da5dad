package cn.qijin.unit;

import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ORG-3: a unit's staff accounts, created and reset by the office (issue 14 part 1). */
@RestController
@RequestMapping("/api/units/{code}/accounts")
public class StaffAccountController {

  private final StaffAccounts accounts;

  public StaffAccountController(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @OfficeOrLeadership
  @GetMapping
  public List<StaffAccount> list(@PathVariable String code) {
    return accounts.of(code);
  }

  /** Creates the account; the answer carries its initial password, shown this once. */
  @OfficeOnly
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public IssuedPassword create(@PathVariable String code, @Valid @RequestBody StaffAccountRequest request) {
    return accounts.create(code, request);
  }

  /** Sets a new password, shown this once. */
  @OfficeOnly
  @PostMapping("/{userId}/password")
  public IssuedPassword resetPassword(@PathVariable String code, @PathVariable String userId) {
    return accounts.resetPassword(code, userId);
  }

  @OfficeOnly
  @DeleteMapping("/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void remove(@PathVariable String code, @PathVariable String userId) {
    accounts.remove(code, userId);
  }
}
