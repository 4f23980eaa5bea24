package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.mapping.JobTypeResolution.Outcome;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Trade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobTypeMappingTest {

  @ParameterizedTest
  @CsvSource({
    "Water Detected, Leak Detected",
    "Poor Heating Performance, Repair Heating System",
    "Poor Cooling Performance, Repair AC",
    "Coil Freeze Warning, Repair AC",
    "Service Request-Normal, AC Maintenance",
    "Service Request-Tune Up, HVAC Maintenance",
    "Service Request-Emergency, Repair HVAC"
  })
  void ld03_defaultTableMapsAlertTypeToStandardJobType(String alertType, String standard) {
    assertThat(JobTypeMapping.defaults().standardJobTypeFor(alertType)).contains(standard);
  }

  @Test
  void ld03_alertTypeComparedIgnoringCaseAndSpacing() {
    assertThat(JobTypeMapping.defaults().standardJobTypeFor("service request - EMERGENCY"))
        .contains(StandardJobType.REPAIR_HVAC);
  }

  @Test
  void ld03_unknownAlertTypeHasNoStandardJobType() {
    JobTypeResolution resolution = JobTypeMapping.defaults().resolve("Filter Dirty", Trade.HVAC);
    assertThat(resolution.outcome()).isEqualTo(Outcome.UNKNOWN_ALERT_TYPE);
    assertThat(resolution.postable()).isFalse();
  }

  @Test
  void ld03_defaultCanBeOverridden() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .standardJobType(AlertType.COIL_FREEZE_WARNING, "Coil Service")
            .build();
    assertThat(mapping.standardJobTypeFor(AlertType.COIL_FREEZE_WARNING)).contains("Coil Service");
    assertThat(mapping.standardJobTypeFor(AlertType.POOR_COOLING_PERFORMANCE))
        .contains(StandardJobType.REPAIR_AC);
  }

  @Test
  void ld04_singleTenantJobTypeIsPrefilledWithItsBusinessUnit() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
            .build();
    JobTypeResolution resolution = mapping.resolve(AlertType.COIL_FREEZE_WARNING, "hvac");
    assertThat(resolution.outcome()).isEqualTo(Outcome.PREFILLED);
    assertThat(resolution.jobTypeId()).contains(501L);
    assertThat(resolution.businessUnitId()).contains(11L);
    assertThat(resolution.standardJobType()).contains(StandardJobType.REPAIR_AC);
  }

  @Test
  void ld04_ambiguousStandardJobTypeIsNotPrefilled() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 502, 11)
            .build();
    JobTypeResolution resolution = mapping.resolve(AlertType.POOR_COOLING_PERFORMANCE, Trade.HVAC);
    assertThat(resolution.outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(resolution.jobTypeId()).isEmpty();
    assertThat(resolution.businessUnitId()).isEmpty();
    assertThat(resolution.postable()).isTrue();
  }

  @Test
  void ld04_sameJobTypeInTwoBusinessUnitsIsAmbiguousToo() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 12)
            .build();
    assertThat(mapping.resolve(AlertType.COIL_FREEZE_WARNING, Trade.HVAC).outcome())
        .isEqualTo(Outcome.AMBIGUOUS);
  }

  @Test
  void ld04_repeatedIdenticalRowIsNotAmbiguous() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
            .build();
    assertThat(mapping.resolve(AlertType.COIL_FREEZE_WARNING, Trade.HVAC).outcome())
        .isEqualTo(Outcome.PREFILLED);
  }

  @Test
  void ld04_mappingIsPerTradeVertical() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .tenantJobType(Trade.PLUMBING, StandardJobType.LEAK_DETECTED, 701, 21)
            .tenantJobType(Trade.HVAC, StandardJobType.LEAK_DETECTED, 702, 22)
            .build();
    assertThat(mapping.resolve(AlertType.WATER_DETECTED, Trade.PLUMBING).jobTypeId()).contains(701L);
    assertThat(mapping.resolve(AlertType.WATER_DETECTED, Trade.HVAC).jobTypeId()).contains(702L);
    assertThat(mapping.resolve(AlertType.WATER_DETECTED, Trade.ELECTRICAL).outcome())
        .isEqualTo(Outcome.UNMAPPED);
  }

  @Test
  void ld05_standardJobTypesAreEnabledByDefault() {
    JobTypeMapping mapping = JobTypeMapping.defaults();
    JobTypeMapping.DEFAULT_STANDARD_JOB_TYPES
        .values()
        .forEach(standard -> assertThat(mapping.isEnabled(standard)).isTrue());
  }

  @Test
  void ld05_disabledStandardJobTypeIsNotPostable() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
            .enabled(StandardJobType.REPAIR_AC, false)
            .build();
    JobTypeResolution resolution = mapping.resolve(AlertType.COIL_FREEZE_WARNING, Trade.HVAC);
    assertThat(resolution.outcome()).isEqualTo(Outcome.DISABLED);
    assertThat(resolution.postable()).isFalse();
    assertThat(mapping.resolve(AlertType.WATER_DETECTED, Trade.HVAC).postable()).isTrue();
  }

  @Test
  void ld05_reEnabledStandardJobTypeIsPostableAgain() {
    JobTypeMapping mapping =
        JobTypeMapping.builder()
            .enabled(StandardJobType.REPAIR_AC, false)
            .enabled("repair ac", true)
            .build();
    assertThat(mapping.isEnabled(StandardJobType.REPAIR_AC)).isTrue();
  }
}
