package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.SubmitsForms;
import cn.qijin.support.TasklistSession;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 part 3 in the real browser (ORG-1, ORG-2, SCH-0): the office runs the 发起活动 wizard in Tasklist — a
 * second campaign with its own name, two of three units, a schools' item (an item without a title refused in
 * Chinese), the preview of the quarters' due dates — the leadership group returns it with an opinion, the office
 * resubmits it, the group approves and the campaign runs with exactly that. Real time. Screenshots in
 * target/browser-screenshots/launch-*.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class CampaignLaunchBrowserTest {

  private static final String OFFICE_USER = "launchbrowseroffice";
  private static final String LEADER_USER = "launchbrowserleader";
  private static final String NAME = "2027年度安全生产宣传教育“七进”活动（浏览器测试）";
  private static final String OPINION = "请补充学校的消防演练内容后再报。";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @LocalServerPort int port;

  TasklistSession session;
  Unit school;
  Unit enterprise;
  Unit community;
  LocalDate longerPh3End;

  @RegisterExtension
  TestWatcher evidence = TasklistSession.failureEvidence(() -> session, "launch");

  @BeforeEach
  void threeUnits() {
    ClockUtil.reset();
    CampaignDriver drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    school = drive.unit("SCHOOL");
    enterprise = drive.unit("ENTERPRISE");
    community = drive.unit("COMMUNITY");
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
    session = new TasklistSession(engine, port);
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  @SubmitsForms({"campaign-proposal.html", "approve-proposal.html"})
  void the_office_proposes_in_the_wizard_the_leadership_returns_then_approves_and_the_campaign_runs() {
    officeProposes();
    String launch = launchStartedBy(OFFICE_USER);

    session.openAndClaim(LEADER_USER, task(launch, "ApproveProposalTask"));
    session.browser().await().withMessage("the proposal shown")
        .until(d -> d.findElement(By.id("qj-proposal")).getText().contains(NAME));
    assertThat(session.text("ctx-checklist")).contains("SCH-1 开学第一课安全教育");
    assertThat(session.text("ctx-units")).contains(school.getName()).contains(enterprise.getName())
        .doesNotContain(community.getName());
    assertThat(session.text("ctx-obligations")).contains("ENT-5").contains("季度");
    session.completeRefused(task(launch, "ApproveProposalTask"), "请选择审批结论");
    session.click("launchApproved-false");
    session.type("launchOpinion", OPINION);
    session.browser().screenshot("launch-return");
    session.complete(task(launch, "ApproveProposalTask"));

    session.openAndClaim(OFFICE_USER, task(launch, "ReviseProposalTask"));
    session.awaitText("qj-leadership-opinion", "领导小组退回意见：" + OPINION);
    session.click("qj-step-4");
    session.browser().await().until(visibilityOfElementLocated(By.id("addItem-SCHOOL")));
    session.click("addItem-SCHOOL");
    session.type("item-SCHOOL-1-code", "SCH-2");
    session.type("item-SCHOOL-1-title", "校园消防疏散演练");
    session.click("item-SCHOOL-1-theme-T6");
    session.click("launchAction-resubmit");
    session.complete(task(launch, "ReviseProposalTask"));

    session.openAndClaim(LEADER_USER, task(launch, "ApproveProposalTask"));
    session.browser().await().withMessage("the revised checklist shown")
        .until(d -> d.findElement(By.id("ctx-checklist")).getText().contains("SCH-2 校园消防疏散演练"));
    session.click("launchApproved-true");
    session.complete(task(launch, "ApproveProposalTask"));

    Campaign running = campaigns.byLaunchProcess(launch).orElseThrow();
    assertThat(running.getStatus()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(running.getName()).isEqualTo(NAME);
    assertThat(running.schedule().ph3End()).isEqualTo(longerPh3End);
    assertThat(running.getParticipantUnitIds()).containsExactlyInAnyOrder(school.getId(), enterprise.getId());
    assertThat(jdbc.queryForList("select code from checklist_item where campaign_id = ? and venue = 'SCHOOL' order by sort_order",
        String.class, running.getId())).containsExactly("SCH-1", "SCH-2");
  }

  private void officeProposes() {
    session.loginAs(OFFICE_USER);
    session.browser().driver().get("http://localhost:" + port
        + "/camunda/app/tasklist/default/#/?processStart=qijin_campaign_launch");
    session.browser().await().withMessage("the template's name filled in")
        .until(d -> !d.findElement(By.id("proposalName")).getAttribute("value").isBlank());
    session.type("proposalName", NAME);

    session.click("qj-step-next");
    session.browser().await().until(visibilityOfElementLocated(By.id("proposal-ph1Start")));
    assertThat(session.browser().driver().findElement(By.id("proposal-ph1Start")).getAttribute("value")).isNotBlank();
    // other dates than the template's: the consolidation phase a year longer (what the calendar sets, as a user would)
    String ph3End = session.browser().driver().findElement(By.id("proposal-ph3End")).getAttribute("value");
    longerPh3End = LocalDate.parse(ph3End).plusYears(1);
    session.browser().js("var e = document.getElementById('proposal-ph3End'); e.value = arguments[0];"
        + "e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true }));",
        longerPh3End.toString());

    session.click("qj-step-next");
    session.click("unitMode-pick");
    session.browser().await().until(visibilityOfElementLocated(By.id("unitPick-" + community.getCode())));
    session.click("unitPick-" + community.getCode());
    session.awaitText("qj-unit-count", "已选 2 个单位");

    session.click("qj-step-next");
    session.click("addItem-SCHOOL");
    session.type("item-SCHOOL-0-code", "SCH-1");
    session.click("item-SCHOOL-0-theme-T5");
    session.browser().click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    session.browser().await().withMessage("Chinese error for the item without a title")
        .until(d -> d.findElement(By.id("qj-errors")).getText().contains("学校第 1 项：请填写检查项名称"));
    assertThat(launchesBy(OFFICE_USER)).isEmpty();
    session.click("qj-step-4");
    session.type("item-SCHOOL-0-title", "开学第一课安全教育");

    session.click("qj-step-5");
    session.browser().await().withMessage("preview without problems")
        .until(visibilityOfElementLocated(By.id("qj-preview-ok")));
    assertThat(session.text("qj-preview-ok")).contains("2 个单位参加，共 27 个检查项");
    assertThat(session.text("qj-preview-obligations")).contains("ENT-5").contains("季度");
    session.browser().screenshot("launch-preview");
    TasklistSession.start(session.browser(), engine, "qijin_campaign_launch", OFFICE_USER);
  }

  private String launchStartedBy(String user) {
    List<String> ids = launchesBy(user);
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private List<String> launchesBy(String user) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("qijin_campaign_launch")
        .startedBy(user).list().stream().map(p -> p.getId()).toList();
  }

  private Task task(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
  }
}
