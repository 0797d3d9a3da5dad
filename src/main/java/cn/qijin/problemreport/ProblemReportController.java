package cn.qijin.problemreport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** ORG-1: the problems units reported; reported themselves from Tasklist (process qijin_problem_report). */
@RestController
@Tag(name = "单位上报问题", description = "单位上报的问题、办公室答复或领导小组研究决定、单位阅知情况")
public class ProblemReportController {

  private final ProblemReportService reports;

  public ProblemReportController(ProblemReportService reports) {
    this.reports = reports;
  }

  @Operation(summary = "活动中单位上报的问题（办公室和领导小组看全部，单位只看本单位的）")
  @GetMapping("/api/campaigns/{id}/problem-reports")
  public List<ProblemReportView> ofCampaign(@PathVariable Long id) {
    return reports.ofCampaign(id);
  }

  @Operation(summary = "查看一个上报问题及其答复或研究决定")
  @GetMapping("/api/problem-reports/{id}")
  public ProblemReportView one(@PathVariable Long id) {
    return reports.one(id);
  }
}
