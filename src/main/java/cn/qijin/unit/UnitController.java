package cn.qijin.unit;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Venue;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ORG-2: the office keeps the registry of participating units (the console's 单位与账号 page). */
@RestController
@RequestMapping("/api/units")
public class UnitController {

  private final UnitService units;
  private final StaffAccounts accounts;

  public UnitController(UnitService units, StaffAccounts accounts) {
    this.units = units;
    this.accounts = accounts;
  }

  /**
   * The registry, filtered: {@code q} in the code, name or contact person; {@code venue} served (code, name or
   * Chinese name); {@code state} {@code active} or {@code inactive}.
   */
  @OfficeOrLeadership
  @GetMapping
  public List<UnitView> list(@RequestParam(required = false) String q,
      @RequestParam(required = false) String venue, @RequestParam(required = false) String state) {
    Map<String, Integer> counts = accounts.countsByGroup();
    return units.search(q, venueFilter(venue), activeFilter(state)).stream()
        .map(u -> UnitView.of(u, counts.getOrDefault(u.groupId(), 0))).toList();
  }

  @OfficeOrLeadership
  @GetMapping("/{code}")
  public UnitView one(@PathVariable String code) {
    return withAccounts(units.byCode(code));
  }

  @OfficeOnly
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public UnitView register(@Valid @RequestBody UnitRequest request) {
    return withAccounts(units.register(request));
  }

  /** Changes a unit; {@code active: false} deactivates it (it takes part in no campaign started afterwards). */
  @OfficeOnly
  @PutMapping("/{code}")
  public UnitView change(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
    return withAccounts(units.change(code, request));
  }

  private UnitView withAccounts(Unit unit) {
    return UnitView.of(unit, accounts.of(unit.getCode()).size());
  }

  static Venue venueFilter(String venue) {
    return venue == null || venue.isBlank() ? null : Venue.parse(venue);
  }

  static Boolean activeFilter(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    return switch (state.strip()) {
      case "active" -> true;
      case "inactive" -> false;
      default -> throw new InvalidInputException("状态筛选只能是 active（参加活动）或 inactive（停用）");
    };
  }
}
