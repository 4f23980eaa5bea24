package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionableFilterTest {

  private static Lead lead(String type, String severity, String status) {
    return Lead.builder()
        .alertId("a-1")
        .accountId("acc-1")
        .type(type)
        .severity(severity)
        .status(status)
        .member(Party.builder().name("Jane Doe").build())
        .submittedAt(Instant.EPOCH)
        .updatedAt(Instant.EPOCH)
        .build();
  }

  private static Lead lead(String type, String severity) {
    return lead(type, severity, AlertStatus.PENDING);
  }

  @Test
  void ld02_everyActionableTypeWithCriticalOrUrgentPasses() {
    ActionableFilter filter = ActionableFilter.defaults();
    for (String type : AlertType.ACTIONABLE) {
      assertThat(filter.dropReason(lead(type, AlertSeverity.CRITICAL))).isEmpty();
      assertThat(filter.dropReason(lead(type, AlertSeverity.URGENT))).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Warning", "Caution", "Watching"})
  void ld02_nonActionableSeverityIsDropped(String severity) {
    assertThat(ActionableFilter.defaults().dropReason(lead(AlertType.WATER_DETECTED, severity)))
        .contains(LeadDropReason.SEVERITY_NOT_ACTIONABLE);
  }

  @Test
  void ld02_nonActionableTypeIsDropped() {
    assertThat(ActionableFilter.defaults().dropReason(lead("Filter Change Due", "Critical")))
        .contains(LeadDropReason.TYPE_NOT_ACTIONABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CRITICAL", "urgent", " Urgent ", "critical!"})
  void dropReason_severityInOtherCaseOrSpacing_passes(String severity) {
    assertThat(ActionableFilter.defaults().isActionable(lead(AlertType.WATER_DETECTED, severity)))
        .isTrue();
  }

  @Test
  void dropReason_unheardOfSeverity_isDroppedAsUnknown() {
    assertThat(ActionableFilter.defaults().dropReason(lead(AlertType.WATER_DETECTED, "Severe")))
        .contains(LeadDropReason.SEVERITY_UNKNOWN);
  }

  @Test
  void dropReason_renamedSeverityWithAlias_passes() {
    ActionableFilter filter =
        ActionableFilter.builder().severityAlias("Severe", AlertSeverity.CRITICAL).build();
    assertThat(filter.isActionable(lead(AlertType.WATER_DETECTED, "SEVERE"))).isTrue();
  }

  @Test
  void actionableSeverity_otherCaseOrAlias_givesTheAllowListName() {
    ActionableFilter filter =
        ActionableFilter.builder().severityAlias("Severe", AlertSeverity.CRITICAL).build();
    assertThat(filter.actionableSeverity(" urgent")).contains("Urgent");
    assertThat(filter.actionableSeverity("SEVERE")).contains("Critical");
    assertThat(filter.actionableSeverity("Watching")).isEmpty();
  }

  @Test
  void dropReason_customAllowList_replacesDefaults() {
    ActionableFilter filter =
        ActionableFilter.builder().actionableSeverities(List.of(AlertSeverity.WARNING)).build();
    assertThat(filter.isActionable(lead(AlertType.WATER_DETECTED, "Warning"))).isTrue();
    assertThat(filter.dropReason(lead(AlertType.WATER_DETECTED, "Critical")))
        .contains(LeadDropReason.SEVERITY_NOT_ACTIONABLE);
  }

  @Test
  void dropReason_typeWithOtherSpacing_passes() {
    assertThat(ActionableFilter.defaults().isActionable(lead("service request - tune up", "Urgent")))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SCHEDULED", "RESOLVED", "DISMISSED", "SNOOZED"})
  void dropReason_alertNoLongerPending_isDropped(String status) {
    assertThat(
            ActionableFilter.defaults()
                .dropReason(lead(AlertType.WATER_DETECTED, AlertSeverity.CRITICAL, status)))
        .contains(LeadDropReason.NOT_PENDING);
  }

  @Test
  void dropReason_reasonKeysAreDistinct() {
    assertThat(
            java.util.Arrays.stream(LeadDropReason.values()).map(LeadDropReason::key).distinct())
        .hasSize(LeadDropReason.values().length);
  }
}
