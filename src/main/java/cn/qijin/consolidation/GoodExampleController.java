package cn.qijin.consolidation;

import jakarta.validation.Valid;
import cn.qijin.security.CurrentUser;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** PH-3, ORG-2: the office's library of good examples (典型) and the standing rules made from them; the leadership group reads them. */
@RestController
@Tag(name = "典型经验与常态化制度", description = "从审核通过的佐证材料中选取典型经验，浏览、导出，并形成常态化制度")
public class GoodExampleController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final Logger LOG = LoggerFactory.getLogger(GoodExampleController.class);

  private final GoodExampleService examples;
  private final StandingRuleService rules;
  private final CurrentUser currentUser;

  public GoodExampleController(GoodExampleService examples, StandingRuleService rules, CurrentUser currentUser) {
    this.examples = examples;
    this.rules = rules;
    this.currentUser = currentUser;
  }

  @OfficeOnly
  @Operation(summary = "登记典型经验（从本活动审核通过的佐证材料中选取，单位和场所取自佐证材料）")
  @PostMapping("/api/campaigns/{id}/good-examples")
  @ResponseStatus(HttpStatus.CREATED)
  public GoodExampleView create(@PathVariable Long id, @Valid @RequestBody GoodExampleRequest request) {
    return examples.create(id, request, currentUser.userId());
  }

  @OfficeOrLeadership
  @Operation(summary = "浏览典型经验库（按活动、场所、单位、主题、关键字）")
  @GetMapping("/api/good-examples")
  public List<GoodExampleView> browse(@RequestParam(required = false) Long campaign,
      @RequestParam(required = false) String venue, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String theme, @RequestParam(required = false) String text) {
    return examples.browse(new LibraryFilter(campaign, venue, unit, theme, text));
  }

  @OfficeOrLeadership
  @Operation(summary = "导出典型经验库（Excel，条件同浏览）")
  @GetMapping("/api/good-examples/export")
  public ResponseEntity<byte[]> export(@RequestParam(required = false) Long campaign,
      @RequestParam(required = false) String venue, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String theme, @RequestParam(required = false) String text) throws IOException {
    var rows = examples.exportRows(new LibraryFilter(campaign, venue, unit, theme, text));
    var out = new ByteArrayOutputStream();
    GoodExampleWorkbook.write(rows, out);
    examples.recordExport(new LibraryFilter(campaign, venue, unit, theme, text), rows.size());
    LOG.info("{} exported {} good examples (campaign={} venue={} unit={} theme={} text={})", currentUser.userId(),
        rows.size(), campaign, venue, unit, theme, text);
    String name = URLEncoder.encode("典型经验库.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"good-examples.xlsx\"; filename*=UTF-8''" + name)
        .body(out.toByteArray());
  }

  @OfficeOrLeadership
  @Operation(summary = "查看一条典型经验及其佐证材料（文件链接为佐证材料的下载地址）")
  @GetMapping("/api/good-examples/{id}")
  public GoodExampleView one(@PathVariable Long id) {
    return examples.one(id);
  }

  @OfficeOnly
  @Operation(summary = "把典型经验形成常态化制度（制度名称、制度内容、施行日期）")
  @PostMapping("/api/good-examples/{id}/standing-rule")
  @ResponseStatus(HttpStatus.CREATED)
  public StandingRuleView standingRule(@PathVariable Long id, @Valid @RequestBody StandingRuleRequest request) {
    return rules.fromExample(id, request, currentUser.userId());
  }

  @OfficeOrLeadership
  @Operation(summary = "常态化制度清单")
  @GetMapping("/api/standing-rules")
  public List<StandingRuleView> standingRules(@RequestParam(required = false) Long campaign) {
    return rules.list(campaign);
  }
}
