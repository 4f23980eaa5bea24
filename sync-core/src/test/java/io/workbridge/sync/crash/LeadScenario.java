package io.workbridge.sync.crash;

import io.workbridge.sync.fake.FakeLeadFeed;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The leads part of the scripted day: {@link #LEADS} alerts from the vendor, published over the
 * first phases — some not actionable (dropped, LD-2), some from members who are existing customers
 * (LD-8), some arriving while the integration is switched off and held, then replayed (LD-6). The
 * CSR converts most bookings into jobs (outcome SCHEDULED) and dismisses some (DISMISSED); the
 * converted jobs are later finished (RESOLVED). Shares ServiceTitan and the world clock with
 * {@link WorkOrderScenario}; its steps never go through the (crashing) ports.
 */
final class LeadScenario {
  static final int LEADS = 50;
  private static final int PUBLISH_PHASES = 8;
  private static final int DISABLED_FROM = 2;
  private static final int DISABLED_UNTIL = 5;
  private static final String[] TYPES = {
    AlertType.WATER_DETECTED,
    AlertType.POOR_HEATING_PERFORMANCE,
    AlertType.POOR_COOLING_PERFORMANCE,
    AlertType.COIL_FREEZE_WARNING,
    AlertType.SERVICE_REQUEST_NORMAL,
    AlertType.SERVICE_REQUEST_TUNE_UP,
    AlertType.SERVICE_REQUEST_EMERGENCY
  };

  final FakeLeadFeed vendor;
  final AtomicReference<LeadSyncConfig> config = new AtomicReference<>();
  private final FakeServiceTitan serviceTitan;
  private final MutableClock worldClock;
  private final Map<String, Integer> decidedAt = new HashMap<>();
  private final Map<String, Long> jobs = new HashMap<>();

  LeadScenario(FakeServiceTitan serviceTitan, MutableClock worldClock) {
    this.serviceTitan = serviceTitan;
    this.worldClock = worldClock;
    this.vendor = new FakeLeadFeed(worldClock);
    configure(true);
    for (int j = 0; j < LEADS; j += 4) {
      serviceTitan.addCustomer(
          CustomerCandidate.builder()
              .customerId(70_000 + j)
              .locationId(80_000 + j)
              .name(member(j).name())
              .addPhone(phone(j))
              .addEmail(email(j))
              .address(address(j))
              .build());
    }
  }

  /** The vendor's and the CSR's steps of one phase, after the work-order steps of that phase. */
  void phase(int phase) {
    configure(phase < DISABLED_FROM || phase >= DISABLED_UNTIL);
    for (int j = 0; j < LEADS; j++) {
      String alertId = alertId(j);
      if (j % PUBLISH_PHASES == phase) {
        vendor.publish(alert(j));
        worldClock.advance(Duration.ofSeconds(1));
      }
      List<Booking> bookings = serviceTitan.bookingsWithExternalId(alertId);
      if (bookings.isEmpty()) {
        continue;
      }
      long bookingId = bookings.get(0).id();
      Integer decided = decidedAt.get(alertId);
      if (decided == null) {
        decidedAt.put(alertId, phase);
        if (j % 5 == 2) {
          serviceTitan.csrDismisses(bookingId);
        } else {
          jobs.put(alertId, serviceTitan.csrConverts(bookingId, 70_000 + j, 80_000 + j).id());
        }
        worldClock.advance(Duration.ofSeconds(1));
      } else if (phase == decided + 2 && jobs.containsKey(alertId)) {
        serviceTitan.dispatch(jobs.get(alertId), 503L);
        serviceTitan.finish(jobs.get(alertId));
        worldClock.advance(Duration.ofSeconds(1));
      }
    }
  }

  private void configure(boolean enabled) {
    config.set(LeadSyncConfig.builder().vendorCampaignId(42).enabled(enabled).build());
  }

  private Lead alert(int j) {
    return Lead.builder()
        .alertId(alertId(j))
        .accountId(j % 7 == 3 ? "acc-2" : "acc-1")
        .type(j % 10 == 9 ? "Filter Change Reminder" : TYPES[j % TYPES.length])
        .severity(j % 10 == 8 ? AlertSeverity.WATCHING : j % 2 == 0 ? AlertSeverity.CRITICAL : AlertSeverity.URGENT)
        .status(AlertStatus.PENDING)
        .member(member(j))
        .putDetail("Sensor", "Zone " + j % 3)
        .trade("HVAC")
        .submittedAt(worldClock.instant())
        .updatedAt(worldClock.instant())
        .build();
  }

  private static Party member(int j) {
    return Party.named("Member", "No" + j)
        .phone(j % 4 == 0 ? "(214) 555-" + (1000 + j) : phone(j))
        .email(email(j))
        .address(address(j))
        .build();
  }

  private static String alertId(int j) {
    return String.format("alert-%03d", j);
  }

  private static String phone(int j) {
    return "+1214555" + (1000 + j);
  }

  private static String email(int j) {
    return "member" + j + "@example.com";
  }

  private static Address address(int j) {
    return Address.builder().street((100 + j) + " Elm Street").city("Dallas").state("TX").zip("75002").build();
  }

  /** The vendor's state: each alert's status and our reference, then every outcome written back. */
  String snapshot() {
    StringBuilder out = new StringBuilder(vendor.snapshot());
    vendor.outcomes().forEach(write -> out.append("outcome ").append(write).append('\n'));
    return out.toString();
  }
}
