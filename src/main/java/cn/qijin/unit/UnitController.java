package cn.qijin.unit;

import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ORG-2: the office keeps the registry of participating units. */
@RestController
@RequestMapping("/api/units")
public class UnitController {

  private final UnitService units;

  public UnitController(UnitService units) {
    this.units = units;
  }

  @OfficeOrLeadership
  @GetMapping
  public List<UnitView> list() {
    return units.all().stream().map(UnitView::of).toList();
  }

  @OfficeOrLeadership
  @GetMapping("/{code}")
  public UnitView one(@PathVariable String code) {
    return UnitView.of(units.byCode(code));
  }

  @OfficeOnly
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public UnitView register(@Valid @RequestBody UnitRequest request) {
    return UnitView.of(units.register(request));
  }

  @OfficeOnly
  @PutMapping("/{code}")
  public UnitView change(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
    return UnitView.of(units.change(code, request));
  }
}
