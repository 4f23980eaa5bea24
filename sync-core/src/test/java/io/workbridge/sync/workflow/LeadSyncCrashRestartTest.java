package io.workbridge.sync.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.fake.FakeLeadFeed;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.fake.FaultHook;
import io.workbridge.sync.mapping.JobTypeMapping;
import io.workbridge.sync.mapping.StandardJobType;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.FollowUp;
import io.workbridge.sync.model.Trade;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.FailingSyncStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.InjectedStoreFailure;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Leads workflow under crashes: a scripted life of 24 alerts (filtering, holding and replay,
 * bookings, follow-ups, conversions, dismissals, completions, re-deliveries) is run once without
 * faults, then once per seed with crashes injected at random points — in a port call before or after
 * its remote effect, or in a store call before or after its write. After each crash a new {@link
 * LeadSync} takes over the same store once the effect lease has run out. The remote state of both
 * fakes must equal the crash-free run's: no duplicate booking, follow-up or outcome, nothing missing.
 */
class LeadSyncCrashRestartTest {

  private static final int SEEDS = 100;
  private static final Duration AFTER_LEASE = SyncStoreSettings.DEFAULT_LEASE.plusSeconds(1);

  /** Stands for the process dying mid-call. */
  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** One run of the scenario: its remote state and how many calls it made. */
  private record Outcome(String remoteState, int portHooks, long storeCalls, int crashes) {}

  /** Fails the n-th fault-hook call of either fake (both phases count), once. */
  private static final class PortCrasher implements FaultHook {
    private final long target;
    private long seen;

    PortCrasher(long target) {
      this.target = target;
    }

    @Override
    public void at(String operation, Phase phase) {
      if (++seen == target) {
        throw new SimulatedCrash();
      }
    }
  }

  private static final class World {
    final MutableClock clock = MutableClock.at("2026-03-02T08:00:00Z");
    final FailingSyncStore store =
        FailingSyncStore.wrap(
            InMemorySyncStore.create(SyncStoreSettings.builder().clock(clock).build()));
    final FakeLeadFeed vendor = new FakeLeadFeed(clock);
    final FakeServiceTitan st = new FakeServiceTitan(clock);
    final AtomicReference<LeadSyncConfig> config = new AtomicReference<>();
    int crashes;

    World(PortCrasher crasher) {
      vendor.setFaultHook(crasher);
      st.setFaultHook(crasher);
      configure(true, LeadRouting.BOOKING);
    }

    void configure(boolean enabled, LeadRouting routing) {
      config.set(
          LeadSyncConfig.builder()
              .vendorCampaignId(42)
              .enabled(enabled)
              .routing(routing)
              .pageSize(4)
              .maxPagesPerCycle(3)
              .jobTypes(
                  JobTypeMapping.builder()
                      .tenantJobType(Trade.HVAC, StandardJobType.LEAK_DETECTED, 701, 21)
                      .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
                      .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 502, 11)
                      .enabled(StandardJobType.HVAC_MAINTENANCE, false)
                      .build())
              .build());
    }

    /** Runs cycles, restarting after each crash, until a complete cycle finds nothing to do. */
    void settle() {
      for (int attempt = 0; attempt < 60; attempt++) {
        LeadSync sync =
            LeadSync.builder()
                .feed(vendor)
                .platform(st)
                .store(store, ConnectionId.of("tenant-1"))
                .config(config::get)
                .build();
        SyncReport report;
        try {
          report = sync.runCycle();
        } catch (SimulatedCrash | InjectedStoreFailure crash) {
          crashes++;
          clock.advance(AFTER_LEASE);
          continue;
        }
        if (!report.completed()) {
          clock.advance(AFTER_LEASE);
          continue;
        }
        if (report.totalPerformed() == 0 && report.alreadyDone().isEmpty()) {
          return;
        }
      }
      throw new AssertionError("the leads sync did not settle");
    }

    void publish(int i, String type, String severity) {
      clock.advance(Duration.ofSeconds(1));
      vendor.publish(
          TestLeads.alert("lead-" + i)
              .type(type)
              .severity(severity)
              .member(
                  TestLeads.member()
                      .name("Member " + i)
                      .phone("214555" + String.format("%04d", i))
                      .build())
              .updatedAt(clock.instant())
              .build());
    }

    Booking booking(int i) {
      List<Booking> bookings = st.bookingsWithExternalId("lead-" + i);
      assertThat(bookings).hasSize(1);
      return bookings.get(0);
    }
  }

  private static String type(int i) {
    return AlertType.ACTIONABLE.get(i % AlertType.ACTIONABLE.size());
  }

  private static Outcome run(long portCrashAt, long storeCrashAt, FailingSyncStore.Timing timing) {
    World w = new World(new PortCrasher(portCrashAt));
    if (storeCrashAt > 0) {
      w.store.failNthCall(storeCrashAt, timing);
    }
    w.st.addCustomer(
        CustomerCandidate.builder()
            .customerId(7)
            .locationId(70)
            .name("Member 3")
            .addPhone("2145550003")
            .address(TestLeads.HOME)
            .build());
    for (int i = 0; i < 10; i++) {
      w.publish(i, type(i), i % 5 == 4 ? AlertSeverity.WATCHING : AlertSeverity.CRITICAL);
    }
    w.settle();
    w.configure(false, LeadRouting.BOOKING);
    for (int i = 10; i < 16; i++) {
      w.publish(i, type(i), AlertSeverity.URGENT);
    }
    w.settle();
    w.vendor.dealerSets("lead-11", AlertStatus.DISMISSED);
    w.configure(true, LeadRouting.BOOKING);
    w.settle();
    for (int i : new int[] {0, 1, 2, 3, 6, 7, 8, 10, 12, 13, 14, 15}) {
      if (w.st.bookingsWithExternalId("lead-" + i).isEmpty()) {
        continue;
      }
      if (i % 3 == 0) {
        FieldJob job = w.st.csrConverts(w.booking(i).id(), 7, 70);
        if (i % 2 == 0) {
          w.st.finish(job.id());
        }
      } else if (i % 3 == 1) {
        w.st.csrDismisses(w.booking(i).id());
      }
    }
    w.vendor.dealerSets("lead-2", AlertStatus.DISMISSED);
    w.st.csrConverts(w.booking(2).id(), 7, 70);
    w.settle();
    w.configure(true, LeadRouting.FOLLOW_UP);
    for (int i = 16; i < 24; i++) {
      w.publish(i, type(i), AlertSeverity.CRITICAL);
    }
    w.vendor.redeliver("lead-1");
    w.vendor.redeliver("lead-8");
    w.settle();
    List<FollowUp> followUps = w.st.allFollowUps();
    for (int k = 0; k < followUps.size(); k++) {
      if (k % 2 == 0) {
        w.st.csrConvertsFollowUp(followUps.get(k).id());
      } else if (k % 3 == 1) {
        w.st.csrDismissesFollowUp(followUps.get(k).id());
      }
    }
    w.settle();
    String state = w.vendor.snapshot() + "---\n" + w.st.snapshot();
    return new Outcome(state, w.st.calls() + w.vendor.calls(), w.store.callCount(), w.crashes);
  }

  @Test
  void crashAnywhere_restartConvergesToTheCrashFreeRemoteState() {
    Outcome clean = run(0, 0, FailingSyncStore.Timing.BEFORE);
    assertThat(clean.crashes()).isZero();
    assertThat(clean.remoteState())
        .contains("alert lead-0 [RESOLVED] ref=st-booking")
        .contains("alert lead-1 [DISMISSED] ref=st-booking")
        .contains("alert lead-2 [DISMISSED] ref=-")
        .contains("alert lead-4 [PENDING] ref=-")
        .contains("alert lead-11 [DISMISSED] ref=-")
        .contains("alert lead-16 [SCHEDULED] ref=st-follow-up")
        .contains("lead-customer=7");

    int crashed = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Random random = new Random(seed);
      boolean inStore = random.nextInt(3) == 0;
      long portCrashAt = inStore ? 0 : 1 + random.nextInt(clean.portHooks() * 2);
      long storeCrashAt = inStore ? 1 + (long) random.nextInt((int) clean.storeCalls()) : 0;
      FailingSyncStore.Timing timing =
          random.nextBoolean() ? FailingSyncStore.Timing.BEFORE : FailingSyncStore.Timing.AFTER;

      Outcome outcome = run(portCrashAt, storeCrashAt, timing);

      assertThat(outcome.remoteState())
          .as("seed %d (port crash at hook %d, store crash at call %d %s)",
              seed, portCrashAt, storeCrashAt, timing)
          .isEqualTo(clean.remoteState());
      crashed += outcome.crashes();
    }
    assertThat(crashed).isGreaterThan(SEEDS / 2);
  }
}
