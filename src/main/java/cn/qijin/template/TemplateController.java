package cn.qijin.template;

import cn.qijin.security.CurrentUser;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issue 14 part 5: the stored template versions; the office makes the next version of one in the browser. */
@RestController
@RequestMapping("/api/templates")
public class TemplateController {

  private final CampaignTemplates templates;
  private final TemplateVersions versions;
  private final CurrentUser currentUser;

  public TemplateController(CampaignTemplates templates, TemplateVersions versions, CurrentUser currentUser) {
    this.templates = templates;
    this.versions = versions;
    this.currentUser = currentUser;
  }

  /** A stored version; {@code basedOnVersion}, {@code createdBy}, {@code changeNote} for one the office made. */
  public record TemplateView(String code, int version, String name, String sha256, Instant loadedAt,
      Integer basedOnVersion, String createdBy, String changeNote) {

    static TemplateView of(CampaignTemplate t) {
      return new TemplateView(t.getCode(), t.getVersion(), t.getName(), t.getSha256(), t.getLoadedAt(),
          t.getBasedOnVersion(), t.getCreatedBy(), t.getChangeNote());
    }
  }

  /** The office's new version: the version it started from, why, and the whole content. */
  public record NewVersion(@NotNull(message = "请指明基于哪个版本修改") Integer basedOn, String note,
      @NotNull(message = "请填写模板内容") TemplateDocument content) {}

  @OfficeOrLeadership
  @GetMapping
  public List<TemplateView> all() {
    return templates.all().stream().map(TemplateView::of).toList();
  }

  @OfficeOrLeadership
  @GetMapping("/{code}/versions/{version}")
  public TemplateDocument version(@PathVariable String code, @PathVariable int version) {
    return versions.document(code, version);
  }

  @OfficeOnly
  @PostMapping("/{code}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  public TemplateView create(@PathVariable String code, @jakarta.validation.Valid @RequestBody NewVersion request) {
    return TemplateView.of(versions.createVersion(code, request.basedOn(), request.note(), request.content(),
        currentUser.userId()));
  }
}
