package cn.qijin.mobilisation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MobilisationMeetingRepository extends JpaRepository<MobilisationMeeting, Long> {

  Optional<MobilisationMeeting> findByCampaignId(Long campaignId);
}
