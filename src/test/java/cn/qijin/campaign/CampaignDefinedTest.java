package cn.qijin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.support.QijinSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13 part 1: campaign no longer creates the checklist items and recurring obligations itself; checklist and
 * obligation create them when {@link CampaignDefined} is published, in the same transaction as the campaign, so a
 * definition is still all or nothing.
 */
@QijinSpringTest
class CampaignDefinedTest {

  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  private static final CampaignRequest DEFAULT_TEMPLATE =
      new CampaignRequest(null, null, null, null, null, null, null, null, null, null);

  @Test
  void defining_creates_the_template_items_and_obligations() {
    Long id = campaigns.define(DEFAULT_TEMPLATE, "office").getId();
    assertThat(count("checklist_item", id)).isEqualTo(26);
    assertThat(count("obligation_definition", id)).isPositive();
  }

  @Test
  void items_and_obligations_roll_back_with_the_campaign() {
    Long id = transactions.execute(status -> {
      Long defined = campaigns.define(DEFAULT_TEMPLATE, "office").getId();
      assertThat(count("checklist_item", defined)).isEqualTo(26);
      assertThat(count("obligation_definition", defined)).isPositive();
      status.setRollbackOnly();
      return defined;
    });
    assertThat(count("campaign", "id", id)).isZero();
    assertThat(count("checklist_item", id)).isZero();
    assertThat(count("obligation_definition", id)).isZero();
  }

  private int count(String table, Long campaignId) {
    return count(table, "campaign_id", campaignId);
  }

  private int count(String table, String column, Long id) {
    return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, id);
  }
}
