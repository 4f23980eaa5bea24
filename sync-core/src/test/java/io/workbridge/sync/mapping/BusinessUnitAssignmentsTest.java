package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
    assertThat(assignments.businessUnitFor("acc-1", Optional.of("north"))).contains(11L);
    assertThat(assignments.businessUnitFor("acc-1", Optional.of("south"))).contains(12L);
  }

  @Test
  void ld07_accountWithoutProfilesUsesAccountBusinessUnit() {
    assertThat(assignments.businessUnitFor("acc-2", Optional.empty())).contains(20L);
  }

  @Test
  void businessUnitFor_unassignedProfile_fallsBackToAccount() {
    assertThat(assignments.businessUnitFor("acc-1", Optional.of("west"))).contains(10L);
  }

  @Test
  void businessUnitFor_profileIdsAreScopedByAccount() {
    assertThat(assignments.businessUnitFor("acc-2", Optional.of("north"))).contains(20L);
  }

  @Test
  void businessUnitFor_unknownAccount_isEmpty() {
    assertThat(assignments.businessUnitFor("acc-9", Optional.empty())).isEmpty();
    assertThat(BusinessUnitAssignments.none().businessUnitFor("acc-1", Optional.of("north")))
        .isEmpty();
  }
}
