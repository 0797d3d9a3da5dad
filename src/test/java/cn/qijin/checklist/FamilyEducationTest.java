package cn.qijin.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRequest;
import cn.qijin.unit.UnitService;
import cn.qijin.kernel.Venue;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 point 5, FAM-1 (要面向本单位职工开展家庭安全警示教育) is every participating unit's duty, and a unit may
 * serve more than one venue (ORG-3): its checklist is the union of its venues' items, each once, and it owes the
 * recurring obligations of every venue it serves.
 */
@QijinSpringTest
class FamilyEducationTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;

  CampaignDriver drive;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void FAM1_is_on_every_participating_units_checklist_once_and_multi_venue_units_carry_the_union() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    Unit school = drive.unit("SCHOOL");
    Unit family = drive.unit("FAMILY");
    Unit enterprise = drive.unit("ENTERPRISE");
    Unit cinemaOwner = units.register(new UnitRequest("F" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase(),
        "兼营影剧院的企业", "ENTERPRISE", "联系人", "0632-0000000", "cinema@example.org", true, List.of("公共场所")));
    assertThat(cinemaOwner.venues()).containsExactly(Venue.ENTERPRISE, Venue.PUBLIC_PLACE);

    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    assertThat(codes(campaign, school)).containsExactly("FAM-1");
    assertThat(codes(campaign, family)).containsExactly("FAM-1");
    assertThat(codes(campaign, enterprise)).contains("FAM-1", "ENT-1").doesNotContain("PUB-1");
    assertThat(codes(campaign, cinemaOwner))
        .containsExactlyInAnyOrder("ENT-1", "ENT-2", "ENT-3", "ENT-4", "ENT-6", "ENT-7", "ENT-8", "PUB-1", "PUB-3",
            "FAM-1");
    // the obligations of every venue apply to every unit serving it: ENT-5 per quarter, PUB-2 per month (COM-2, PUB-2)
    assertThat(obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), cinemaOwner.getId()))
        .hasSize(6 + 18);
  }

  @Test
  void a_units_additional_venues_are_validated_in_chinese() {
    String code = "V" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
    assertThatThrownBy(() -> units.register(new UnitRequest(code, "某企业", "企业", "联系人", "0632-0000000", null, true,
        List.of("ENTERPRISE")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("已是该单位的主场所类型");
    assertThatThrownBy(() -> units.register(new UnitRequest(code, "某企业", "企业", "联系人", "0632-0000000", null, true,
        List.of("公共场所", "V7")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("填写了两次");
    assertThatThrownBy(() -> units.register(new UnitRequest(code, "某企业", "企业", "联系人", "0632-0000000", null, true,
        List.of("工地")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("未知的场所类型");
    Unit unit = units.register(new UnitRequest(code, "某企业", "企业", "联系人", "0632-0000000", null, false,
        List.of("PUBLIC_PLACE")));
    Unit changed = units.change(code, new UnitRequest(code, "某企业", "企业", "联系人", "0632-0000000", null, false,
        List.of()));
    assertThat(unit.getId()).isEqualTo(changed.getId());
    assertThat(units.byCode(code).venues()).containsExactly(Venue.ENTERPRISE);
  }

  private List<String> codes(Campaign campaign, Unit unit) {
    return drive.tasks(drive.unitInstance(campaign, unit).getId(), "ImplementItemTask").stream()
        .map(t -> (String) engine.getTaskService().getVariable(t.getId(), "itemCode")).toList();
  }
}
