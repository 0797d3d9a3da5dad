package cn.qijin.unit;

import cn.qijin.kernel.NotFoundException;
import cn.qijin.unit.internal.UnitRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit module's API for reading the registry (issue 13 part 1): other modules find units here, never through
 * the repository, which is internal. Each method runs the query the callers ran before; registering and changing
 * a unit is {@link UnitService}'s.
 */
@Service
@Transactional(readOnly = true)
public class Units {

  private final UnitRepository units;

  Units(UnitRepository units) {
    this.units = units;
  }

  /** The unit with this id, if there is one. */
  public Optional<Unit> find(Long id) {
    return units.findById(id).map(Unit::of);
  }

  /** The unit with exactly this code (not trimmed, not upper-cased), if there is one. */
  public Optional<Unit> findByCode(String code) {
    return units.findByCode(code).map(Unit::of);
  }

  /**
   * The unit with exactly this code (not trimmed, not upper-cased), or a NotFoundException naming the code. Throwing
   * it does not mark the caller's transaction rollback-only, as when callers threw it themselves.
   */
  @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
  public Unit withCode(String code) {
    return units.findByCode(code).map(Unit::of)
        .orElseThrow(() -> new NotFoundException("未找到编码为“" + code + "”的单位"));
  }

  /** Every registered unit, active or not, in no particular order. */
  public List<Unit> all() {
    return units.findAll().stream().map(Unit::of).toList();
  }

  /** The units with these ids (those that exist), in no particular order. */
  public List<Unit> allById(Collection<Long> ids) {
    return units.findAllById(ids).stream().map(Unit::of).toList();
  }

  /** The units taking part in campaigns, by venue then code. */
  public List<Unit> active() {
    return units.findByActiveTrueOrderByVenueAscCodeAsc().stream().map(Unit::of).toList();
  }

  /** Whether any unit is registered at all. */
  public boolean anyRegistered() {
    return units.count() > 0;
  }
}
