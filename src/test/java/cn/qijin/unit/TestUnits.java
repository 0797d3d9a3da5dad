package cn.qijin.unit;

import cn.qijin.unit.internal.UnitEntity;
import java.time.Instant;

/** Units for unit tests of other modules, which see a unit only as the unit module's {@link Unit} value. */
public final class TestUnits {

  private TestUnits() {}

  /** A registered unit with this code and no id (set one with ReflectionTestUtils where the test needs it). */
  public static Unit unit(String code, Instant registeredAt) {
    return Unit.of(new UnitEntity(code, registeredAt));
  }
}
