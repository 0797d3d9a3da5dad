package cn.qijin.unit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The unit table; internal to the unit module; other modules read units through {@link cn.qijin.unit.Units}. */
public interface UnitRepository extends JpaRepository<UnitEntity, Long>, JpaSpecificationExecutor<UnitEntity> {

  Optional<UnitEntity> findByCode(String code);

  boolean existsByCode(String code);

  List<UnitEntity> findAllByOrderByVenueAscCodeAsc();

  List<UnitEntity> findByCodeIn(java.util.Collection<String> codes);

  List<UnitEntity> findByActiveTrueOrderByVenueAscCodeAsc();
}
