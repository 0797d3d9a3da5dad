package cn.qijin.organisation.internal;

import cn.qijin.organisation.MemberRole;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationMemberRepository extends JpaRepository<OrganisationMemberEntity, Long> {

  List<OrganisationMemberEntity> findAllByOrderBySortOrderAscIdAsc();

  Optional<OrganisationMemberEntity> findFirstByRole(MemberRole role);

  Optional<OrganisationMemberEntity> findFirstByOrderBySortOrderDesc();
}
