package cn.qijin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.kernel.InvalidInputException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The leadership group's decision on the final summary (ORG-1, PH-3), without Spring or the engine. */
class CampaignsTest {

  static final Instant AT = Instant.parse("2018-09-20T02:00:00Z");

  CampaignRepository repository = mock(CampaignRepository.class);
  Campaigns campaigns = new Campaigns(repository);
  CampaignEntity campaign = mock(CampaignEntity.class);

  @Test
  void ORG1_a_return_without_an_opinion_is_refused_and_nothing_is_recorded() {
    when(repository.findByProcessInstanceId("p")).thenReturn(Optional.of(campaign));

    assertThatThrownBy(() -> campaigns.recordLeadershipDecision("p", false, "  ", "leader", AT))
        .isInstanceOf(InvalidInputException.class).hasMessage("请填写退回修改意见");
    verifyNoInteractions(campaign);
  }

  @Test
  void ORG1_an_approval_needs_no_opinion_and_a_return_keeps_its_opinion() {
    when(repository.findByProcessInstanceId("p")).thenReturn(Optional.of(campaign));

    campaigns.recordLeadershipDecision("p", true, null, "leader", AT);
    campaigns.recordLeadershipDecision("p", false, "补充典型经验", "leader", AT);

    verify(campaign).recordLeadershipDecision(true, null, "leader", AT);
    verify(campaign).recordLeadershipDecision(false, "补充典型经验", "leader", AT);
    assertThat(mockingDetails(campaign).getInvocations()).hasSize(2);
  }
}
