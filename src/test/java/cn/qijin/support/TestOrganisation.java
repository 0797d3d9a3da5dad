package cn.qijin.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qijin.organisation.Organisation;

/** The 组织机构 of unit tests: nothing recorded, so messages are signed as the plan's office. */
public final class TestOrganisation {

  private TestOrganisation() {}

  public static Organisation unrecorded() {
    Organisation organisation = mock(Organisation.class);
    when(organisation.signature()).thenReturn(Organisation.OFFICE_SUFFIX);
    when(organisation.officeName(org.mockito.ArgumentMatchers.any())).thenAnswer(
        call -> (call.getArgument(0) == null ? "" : call.getArgument(0)) + Organisation.OFFICE_SUFFIX);
    return organisation;
  }
}
