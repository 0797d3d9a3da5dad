package cn.qijin.consolidation;

import jakarta.validation.Valid;
import cn.qijin.security.CurrentUser;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** PH-3, ORG-2: problems to be rectified, with owner and due date, tracked to closure; the office records, the leadership group reads. */
@RestController
@Tag(name = "问题整改", description = "巩固提升阶段的问题：责任单位、整改期限、整改和验收情况")
public class ProblemController {

  private final ProblemService problems;
  private final CurrentUser currentUser;

  public ProblemController(ProblemService problems, CurrentUser currentUser) {
    this.problems = problems;
    this.currentUser = currentUser;
  }

  @OfficeOnly
  @Operation(summary = "登记问题并交办整改（ownerUnit 为单位编码，不填由办公室整改；整改期限须在巩固提升阶段内）")
  @PostMapping("/api/campaigns/{id}/problems")
  @ResponseStatus(HttpStatus.CREATED)
  public ProblemView create(@PathVariable Long id, @Valid @RequestBody ProblemRequest request) {
    return problems.create(id, request, currentUser.userId());
  }

  @OfficeOrLeadership
  @Operation(summary = "问题清单及整改进度（整改中、待验收、已逾期、已销号）")
  @GetMapping("/api/problems")
  public List<ProblemView> list(@RequestParam(required = false) Long campaign) {
    return problems.list(campaign);
  }

  @OfficeOrLeadership
  @Operation(summary = "查看一个问题的整改情况")
  @GetMapping("/api/problems/{id}")
  public ProblemView one(@PathVariable Long id) {
    return problems.one(id);
  }
}
