package io.workbridge.benchmarks.e2e;

import io.workbridge.adapters.ServiceTitanFieldServicePlatform;
import io.workbridge.adapters.VendorLeadFeed;
import io.workbridge.client.Secret;
import io.workbridge.leads.LeadsClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.LeadSync;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of one idle leads cycle (nothing changed anywhere) with a number of alerts awaiting their
 * outcome, against the ServiceTitan and leads vendor simulators, through the real clients and adapters and
 * an in-memory store. The awaiting alerts are stored as an earlier version of the sync left them (booked in
 * ServiceTitan a day ago, linked, awaiting an outcome, no outcome feed cursor); cycles then run until they
 * settled (nothing done, the one-time check of those alerts finished, two cycles in a row with the same
 * calls), and the next cycle is the idle one.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.workbridge.benchmarks.e2e.LeadOutcomeIdleProbe
 * [awaiting ...]} (default 10 1000 10000); {@code -Dprobe.verbose=true} prints each settling cycle.
 */
public final class LeadOutcomeIdleProbe {
  private static final int MAX_SETTLING_CYCLES = 1_000;
  private static final int GENEROUS_RATE = 100_000;
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(60);

  /**
   * What one idle cycle cost.
   *
   * @param awaiting the alerts awaiting an outcome
   * @param serviceTitanCalls ServiceTitan API calls of the idle cycle (token calls excluded)
   * @param vendorCalls leads vendor API calls of the idle cycle (token calls excluded)
   * @param settlingCycles the cycles run before the idle one (the one-time check of the awaiting alerts, and
   *     two that made the same calls)
   * @param settlingCalls the API calls of those cycles, both systems
   */
  public record IdleCycle(int awaiting, int serviceTitanCalls, int vendorCalls, int settlingCycles, int settlingCalls) {
    /** {@return the API calls of the idle cycle, both systems} */
    public int calls() {
      return serviceTitanCalls + vendorCalls;
    }
  }

  private LeadOutcomeIdleProbe() {}

  /**
   * Prints the idle cycle's calls for each number of awaiting alerts.
   *
   * @param args numbers of awaiting alerts (default 10 1000 10000)
   */
  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      sizes.add(Integer.parseInt(arg));
    }
    if (sizes.isEmpty()) {
      sizes.addAll(List.of(10, 1_000, 10_000));
    }
    System.out.println("| awaiting | idle cycle: ServiceTitan calls | vendor calls | total | settling cycles | settling calls |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    for (int awaiting : sizes) {
      IdleCycle idle = measure(awaiting);
      System.out.printf(
          "| %,d | %,d | %,d | %,d | %,d | %,d |%n",
          idle.awaiting(), idle.serviceTitanCalls(), idle.vendorCalls(), idle.calls(), idle.settlingCycles(), idle.settlingCalls());
    }
  }

  /**
   * Measures one idle leads cycle with {@code awaiting} alerts awaiting their outcome.
   *
   * @param awaiting how many alerts await an outcome
   * @return the calls of the idle cycle and of the cycles before it
   */
  public static IdleCycle measure(int awaiting) {
    MutableClock vendorClock = MutableClock.at(Instant.now());
    // The alerts were booked a day ago, long before the outcome feed starts.
    MutableClock serviceTitanClock = MutableClock.at(Instant.now().minus(Duration.ofDays(1)));
    try (ServiceTitanSimulator serviceTitan =
            ServiceTitanSimulator.builder()
                .validateContract(false)
                .requestsPerSecond(GENEROUS_RATE)
                .clock(serviceTitanClock)
                .build()
                .start();
        LeadsVendorSimulator vendor =
            new LeadsVendorSimulator(vendorClock, 1L, LeadsVendorSimulator.WEBHOOK_SECRET, 0).start();
        ServiceTitanClient serviceTitanClient = serviceTitanClient(serviceTitan);
        LeadsClient vendorClient =
            LeadsClient.builder()
                .baseUrl(vendor.baseUrl())
                .clientId(LeadsVendorSimulator.CLIENT_ID)
                .clientSecret(Secret.of(LeadsVendorSimulator.CLIENT_SECRET))
                .build()) {
      ConnectionStore store =
          InMemorySyncStore.create(SyncStoreSettings.defaults()).connection(ConnectionId.of("probe"));
      bookAwaiting(serviceTitanClient, store, awaiting);
      serviceTitanClock.set(Instant.now());
      LeadSync sync =
          LeadSync.builder()
              .feed(new VendorLeadFeed(vendorClient))
              .platform(ServiceTitanFieldServicePlatform.builder().client(serviceTitanClient).build())
              .store(store)
              .config(
                  LeadSyncConfig.builder()
                      .vendorCampaignId(serviceTitan.referenceData().campaignId())
                      .outcomeChecksPerCycle(1_000)
                      .build())
              .build();
      int serviceTitanMark = apiCalls(serviceTitan.journal(), ServiceTitanSimulator.TOKEN_PATH);
      int vendorMark = apiCalls(vendor.journal(), "/oauth/token");
      int cycles = 0;
      int previousCalls = -1;
      while (true) {
        int before = apiCalls(serviceTitan.journal(), ServiceTitanSimulator.TOKEN_PATH) + apiCalls(vendor.journal(), "/oauth/token");
        betweenPolls(vendorClock, serviceTitanClock);
        SyncReport cycle = sync.runCycle();
        int calls = apiCalls(serviceTitan.journal(), ServiceTitanSimulator.TOKEN_PATH) + apiCalls(vendor.journal(), "/oauth/token") - before;
        cycles++;
        if (System.getProperty("probe.verbose") != null) {
          System.err.println("cycle " + cycles + ": " + calls + " calls, " + cycle);
        }
        if (settled(cycle, store) && calls == previousCalls) {
          break;
        }
        if (cycles > MAX_SETTLING_CYCLES) {
          throw new IllegalStateException("not settled after " + MAX_SETTLING_CYCLES + " cycles");
        }
        previousCalls = calls;
      }
      int serviceTitanBefore = apiCalls(serviceTitan.journal(), ServiceTitanSimulator.TOKEN_PATH);
      int vendorBefore = apiCalls(vendor.journal(), "/oauth/token");
      betweenPolls(vendorClock, serviceTitanClock);
      SyncReport idle = sync.runCycle();
      if (idle.totalPerformed() > 0 || !idle.completed()) {
        throw new IllegalStateException("the idle cycle did something: " + idle);
      }
      return new IdleCycle(
          awaiting,
          apiCalls(serviceTitan.journal(), ServiceTitanSimulator.TOKEN_PATH) - serviceTitanBefore,
          apiCalls(vendor.journal(), "/oauth/token") - vendorBefore,
          cycles,
          serviceTitanBefore - serviceTitanMark + vendorBefore - vendorMark);
    }
  }

  /** Time passes between two polls, as the simulators' rate limits count it. */
  private static void betweenPolls(MutableClock vendorClock, MutableClock serviceTitanClock) {
    vendorClock.advance(POLL_INTERVAL);
    serviceTitanClock.advance(POLL_INTERVAL);
  }

  /** Settled: the cycle did nothing, and no alert awaiting since before the outcome feed is left to check. */
  private static boolean settled(SyncReport cycle, ConnectionStore store) {
    return cycle.completed()
        && cycle.totalPerformed() == 0
        && store.cursors().get(LeadSyncConfig.OUTCOMES_CHECK_STREAM).isEmpty();
  }

  /** Books alerts in ServiceTitan and stores them as posted and awaiting an outcome. */
  private static void bookAwaiting(ServiceTitanClient client, ConnectionStore store, int count) {
    for (int i = 0; i < count; i++) {
      String alertId = "probe-alert-" + i;
      long bookingId =
          client.bookings()
              .create(
                  NewBooking.builder()
                      .source("WorkBridge Leads")
                      .name("Member " + i)
                      .summary("Water Detected (Critical)")
                      .externalId(alertId)
                      .isFirstTimeClient(true)
                      .build())
              .id();
      store.links().link(LinkKind.ALERT_BOOKING, alertId, Long.toString(bookingId));
      store.links().link(LeadSync.AWAITING_OUTCOME, alertId, LeadSync.BOOKING_REF + bookingId);
    }
  }

  private static int apiCalls(RequestJournal journal, String tokenPath) {
    return (int) journal.all().stream().filter(entry -> !entry.path().endsWith(tokenPath)).count();
  }

  private static ServiceTitanClient serviceTitanClient(ServiceTitanSimulator simulator) {
    return ServiceTitanClient.builder()
        .baseUrl(simulator.baseUrl())
        .tokenUrl(simulator.tokenUrl())
        .tenantId(simulator.tenantId())
        .appKey(Secret.of(simulator.appKey()))
        .clientId(simulator.clientId())
        .clientSecret(Secret.of(simulator.clientSecret()))
        .bookingProviderId(simulator.bookingProviderId())
        .applicationGuid("6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00")
        .rateLimit(GENEROUS_RATE, Duration.ofSeconds(1))
        .build();
  }
}
