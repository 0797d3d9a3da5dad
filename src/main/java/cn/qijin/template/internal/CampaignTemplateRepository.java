package cn.qijin.template.internal;

import cn.qijin.template.CampaignTemplate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignTemplateRepository extends JpaRepository<CampaignTemplate, Long> {

  Optional<CampaignTemplate> findByCodeAndVersion(String code, int version);

  Optional<CampaignTemplate> findFirstByCodeOrderByVersionDesc(String code);

  List<CampaignTemplate> findAllByOrderByCodeAscVersionDesc();
}
