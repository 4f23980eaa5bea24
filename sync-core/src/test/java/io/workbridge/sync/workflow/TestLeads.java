package io.workbridge.sync.workflow;

import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Device;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import java.time.Instant;

/** Alerts for leads tests: a complete, actionable alert per call, varied by id. */
final class TestLeads {

  static final Instant SUBMITTED = Instant.parse("2026-03-02T14:00:00Z");
  static final Instant PREFERRED = Instant.parse("2026-03-03T16:00:00Z");

  static final Address HOME =
      Address.builder()
          .street("12 Main Street")
          .unit("Apt 4")
          .city("Dallas")
          .state("TX")
          .zip("75001")
          .build();

  private TestLeads() {}

  /** A pending, critical "Water Detected" alert of account acc-1 with a full member. */
  static Lead.Builder alert(String alertId) {
    return Lead.builder()
        .alertId(alertId)
        .accountId("acc-1")
        .type(AlertType.WATER_DETECTED)
        .severity(AlertSeverity.CRITICAL)
        .status(AlertStatus.PENDING)
        .member(member().build())
        .device(
            Device.builder().hubId("hub-9").thermostatModel("T6 Pro").systemType("HVAC").build())
        .putDetail("Sensor", "Basement")
        .putDetail("Reading", "Water present 14 min")
        .trade("HVAC")
        .submittedAt(SUBMITTED)
        .scheduledAt(PREFERRED)
        .updatedAt(SUBMITTED);
  }

  /** Jane Doe with phone, e-mail and home address. */
  static Party.Builder member() {
    return Party.named("Jane", "Doe")
        .phone("+12145550100")
        .email("jane.doe@example.com")
        .address(HOME);
  }
}
