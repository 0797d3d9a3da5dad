package cn.qijin.organisation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationProfileRepository extends JpaRepository<OrganisationProfileEntity, Integer> {}
