package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessUnitAssignmentsTest {

  private final BusinessUnitAssignments assignments =
      BusinessUnitAssignments.builder()
          .account("acc-1", 10)
          .profile("acc-1", "north", 11)
          .profile("acc-1", "south", 12)
          .account("acc-2", 20)
          .build();

  @Test
  void ld07_businessUnitIsAssignedPerProfile() {
    assertThat(assignments.businessUnitFor("acc-1", "north")).contains(11L);
    assertThat(assignments.businessUnitFor("acc-1", "south")).contains(12L);
  }

  @Test
  void ld07_accountWithoutProfilesUsesAccountBusinessUnit() {
    assertThat(assignments.businessUnitFor("acc-2", null)).contains(20L);
  }

  @Test
  void businessUnitFor_unassignedProfile_fallsBackToAccount() {
    assertThat(assignments.businessUnitFor("acc-1", "west")).contains(10L);
  }

  @Test
  void businessUnitFor_profileIdsAreScopedByAccount() {
    assertThat(assignments.businessUnitFor("acc-2", "north")).contains(20L);
  }

  @Test
  void businessUnitFor_unknownAccount_isEmpty() {
    assertThat(assignments.businessUnitFor("acc-9", null)).isEmpty();
    assertThat(BusinessUnitAssignments.none().businessUnitFor("acc-1", "north"))
        .isEmpty();
  }
}
