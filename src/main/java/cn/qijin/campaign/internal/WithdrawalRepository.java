package cn.qijin.campaign.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Units withdrawn from running campaigns; internal to the campaign module. */
public interface WithdrawalRepository extends JpaRepository<WithdrawalEntity, LateJoinEntity.Key> {}
