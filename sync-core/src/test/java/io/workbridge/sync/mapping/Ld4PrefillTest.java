package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.mapping.JobTypeResolution.Outcome;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.model.Trade;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * LD-4 together with LD-7: what a lead's booking is pre-filled with, from the job-type resolution and
 * the business units assigned to vendor profiles and accounts.
 */
class Ld4PrefillTest {

  private static final BusinessUnitAssignments ASSIGNED =
      BusinessUnitAssignments.builder().profile("acc-1", "north", 11).account("acc-2", 20).build();

  private static Lead lead(String accountId, String profileId) {
    Lead.Builder lead =
        Lead.builder()
            .alertId("a-1")
            .accountId(accountId)
            .type(AlertType.POOR_COOLING_PERFORMANCE)
            .severity("Critical")
            .status("Pending")
            .member(Party.named("Jane", "Doe").phone("+12145550100").build())
            .trade(Trade.HVAC)
            .submittedAt(Instant.parse("2026-03-02T14:00:00Z"))
            .updatedAt(Instant.parse("2026-03-02T14:00:00Z"));
    if (profileId != null) {
      lead.profileId(profileId);
    }
    return lead.build();
  }

  @Test
  void ld04_severalJobTypes_nothingPrefilled_evenWithAProfileBusinessUnit() {
    JobTypeResolution resolution =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 99)
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 502, 99)
            .build()
            .resolve(AlertType.POOR_COOLING_PERFORMANCE, Trade.HVAC);

    assertThat(resolution.outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(resolution.prefillsAnything()).isFalse();
    assertThat(resolution.jobTypeId()).isEmpty();
    assertThat(ASSIGNED.businessUnitFor(lead("acc-1", "north"), resolution)).isEmpty();
    assertThat(ASSIGNED.businessUnitFor(lead("acc-2", null), resolution)).isEmpty();
  }

  @Test
  void ld04_oneJobTypeInSeveralBusinessUnits_nothingPrefilled_evenWithAnAccountBusinessUnit() {
    JobTypeResolution resolution =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 12)
            .build()
            .resolve(AlertType.POOR_COOLING_PERFORMANCE, Trade.HVAC);

    assertThat(resolution.outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(resolution.jobTypeId()).isEmpty();
    assertThat(resolution.businessUnitId()).isEmpty();
    // The account's unit (20) is not one of the mapped ones, and the profile's (11) is: neither is pre-filled.
    assertThat(ASSIGNED.businessUnitFor(lead("acc-2", null), resolution)).isEmpty();
    assertThat(ASSIGNED.businessUnitFor(lead("acc-1", "north"), resolution)).isEmpty();
  }

  @Test
  void ld04_ld07_singleJobType_profileOrAccountUnitFirst_elseTheMappedUnit() {
    JobTypeResolution resolution =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 99)
            .build()
            .resolve(AlertType.POOR_COOLING_PERFORMANCE, Trade.HVAC);

    assertThat(resolution.prefillsAnything()).isTrue();
    assertThat(resolution.jobTypeId()).contains(501L);
    assertThat(ASSIGNED.businessUnitFor(lead("acc-1", "north"), resolution)).contains(11L);
    assertThat(ASSIGNED.businessUnitFor(lead("acc-2", null), resolution)).contains(20L);
    assertThat(ASSIGNED.businessUnitFor(lead("acc-3", null), resolution)).contains(99L);
  }

  @Test
  void ld04_ld07_unmappedJobType_noJobType_butTheAssignedUnit() {
    JobTypeResolution resolution =
        JobTypeMapping.defaults().resolve(AlertType.POOR_COOLING_PERFORMANCE, Trade.HVAC);

    assertThat(resolution.outcome()).isEqualTo(Outcome.UNMAPPED);
    assertThat(resolution.jobTypeId()).isEmpty();
    assertThat(ASSIGNED.businessUnitFor(lead("acc-1", "north"), resolution)).contains(11L);
    assertThat(ASSIGNED.businessUnitFor(lead("acc-3", null), resolution)).isEmpty();
  }

  @Test
  void ld04_aResolutionCannotPrefillUnlessPrefilled() {
    assertThatThrownBy(
            () ->
                JobTypeResolution.builder()
                    .outcome(Outcome.AMBIGUOUS)
                    .jobTypeId(501L)
                    .businessUnitId(11L)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AMBIGUOUS");
    assertThatThrownBy(
            () -> JobTypeResolution.builder().outcome(Outcome.PREFILLED).jobTypeId(501L).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
