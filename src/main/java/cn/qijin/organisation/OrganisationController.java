package cn.qijin.organisation;

import cn.qijin.security.CurrentUser;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issue 14 part 2 (ORG-1, ORG-2): the 组织机构 page's data; the office edits, the leadership group reads. */
@RestController
@RequestMapping("/api/organisation")
public class OrganisationController {

  private final Organisation organisation;
  private final CurrentUser currentUser;

  public OrganisationController(Organisation organisation, CurrentUser currentUser) {
    this.organisation = organisation;
    this.currentUser = currentUser;
  }

  @OfficeOrLeadership
  @GetMapping
  public OrganisationView view() {
    return organisation.view();
  }

  @OfficeOnly
  @PutMapping("/profile")
  public OrganisationView profile(@Valid @RequestBody ProfileRequest request) {
    return organisation.updateProfile(request, currentUser.userId());
  }

  @OfficeOnly
  @PostMapping("/members")
  @ResponseStatus(HttpStatus.CREATED)
  public OrganisationView.Member add(@Valid @RequestBody MemberRequest request) {
    return organisation.add(request, currentUser.userId());
  }

  @OfficeOnly
  @PutMapping("/members/{id}")
  public OrganisationView.Member update(@PathVariable Long id, @Valid @RequestBody MemberRequest request) {
    return organisation.update(id, request, currentUser.userId());
  }

  @OfficeOnly
  @DeleteMapping("/members/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void remove(@PathVariable Long id) {
    organisation.remove(id);
  }
}
