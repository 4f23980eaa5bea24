package io.workbridge.sync.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadModelTest {

  private static Lead.Builder lead() {
    return Lead.builder()
        .alertId("a-1")
        .accountId("acc-1")
        .type(AlertType.WATER_DETECTED)
        .severity(AlertSeverity.CRITICAL)
        .status(AlertStatus.PENDING)
        .member(Party.named("Jane", "Doe").build())
        .submittedAt(Instant.parse("2026-01-01T10:00:00Z"))
        .updatedAt(Instant.parse("2026-01-01T10:00:00Z"));
  }

  @Test
  void build_tradeNotGiven_defaultsToHvac() {
    assertThat(lead().build().trade()).isEqualTo(Trade.HVAC);
  }

  @Test
  void build_blankAlertId_isRejected() {
    assertThatThrownBy(() -> lead().alertId(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("alertId");
  }

  @Test
  void build_blankAccountId_isRejectedNamingTheAlert() {
    assertThatThrownBy(() -> lead().accountId("").build()).hasMessageContaining("a-1");
  }

  @Test
  void named_bothParts_buildsDisplayNameAndParts() {
    Party party = Party.named(" Jane ", "Doe").build();
    assertThat(party.name()).isEqualTo("Jane Doe");
    assertThat(party.firstName()).contains("Jane");
    assertThat(party.lastName()).contains("Doe");
  }

  @Test
  void named_missingFirstName_usesLastNameOnly() {
    Party party = Party.named("", "Doe").build();
    assertThat(party.name()).isEqualTo("Doe");
    assertThat(party.firstName()).isEmpty();
  }

  @Test
  void address_countryNotGiven_defaultsToUsa() {
    Address address =
        Address.builder().street("1 Main St").city("Dallas").state("TX").zip("75001").build();
    assertThat(address.country()).isEqualTo("USA");
    assertThat(address.unit()).isEmpty();
  }

  @Test
  void outcome_alertStatus_matchesVendorVocabulary() {
    assertThat(LeadOutcome.SCHEDULED.alertStatus()).isEqualTo(AlertStatus.SCHEDULED);
    assertThat(LeadOutcome.DISMISSED.alertStatus()).isEqualTo(AlertStatus.DISMISSED);
    assertThat(LeadOutcome.RESOLVED.alertStatus()).isEqualTo(AlertStatus.RESOLVED);
  }
}
