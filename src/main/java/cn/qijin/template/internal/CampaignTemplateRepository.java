package cn.qijin.template.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignTemplateRepository extends JpaRepository<CampaignTemplateEntity, Long> {

  Optional<CampaignTemplateEntity> findByCodeAndVersion(String code, int version);

  Optional<CampaignTemplateEntity> findFirstByCodeOrderByVersionDesc(String code);

  List<CampaignTemplateEntity> findAllByOrderByCodeAscVersionDesc();
}
