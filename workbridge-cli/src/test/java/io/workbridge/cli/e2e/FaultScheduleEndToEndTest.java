package io.workbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.cli.e2e.LifecycleScenario.Phase;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.fault.FaultSchedule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link LifecycleScenario} run twice in fresh worlds — once fault-free, once with a fault schedule on
 * all three systems (429 bursts with {@code Retry-After}, 5xx, connections dropped before and after the
 * server did the work, access tokens expiring at every phase) — must end in the same remote state, compared
 * without ids and times. The faulty run takes more cycles; it may not take different effects.
 */
class FaultScheduleEndToEndTest {
  private static final String ST_TENANT = "/[a-z]+/v2/tenant/\\d+";

  @TempDir Path data;

  @Test
  void faultyRun_endsInTheSameRemoteState_asTheFaultFreeRun() {
    Run clean = run("clean", false);
    Run faulty = run("faulty", true);

    assertThat(faulty.faultsFired()).as("faults fired").isGreaterThanOrEqualTo(20);
    assertThat(faulty.cycles()).isGreaterThan(clean.cycles());
    assertThat(differences(clean.state(), faulty.state())).as("remote state differing from the fault-free run").isEmpty();
    assertThat(faulty.state()).isEqualTo(clean.state());
  }

  private static List<String> differences(SortedMap<String, String> expected, SortedMap<String, String> actual) {
    SortedSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    return keys.stream()
        .filter(key -> !Objects.equals(expected.get(key), actual.get(key)))
        .map(key -> key + ":\n  fault-free: " + expected.get(key) + "\n  faulty:     " + actual.get(key))
        .toList();
  }

  /** What one run left behind. */
  private record Run(SortedMap<String, String> state, int cycles, int faultsFired) {}

  private Run run(String name, boolean withFaults) {
    try (SimulatedWorld world = SimulatedWorld.start();
        TestStore store = TestStore.h2(data.resolve(name));
        RemoteView remote = new RemoteView(world)) {
      LifecycleScenario scenario = new LifecycleScenario(world, remote);
      List<Cycles> runs = new ArrayList<>();
      if (withFaults) {
        planFaults(world);
      }
      try (WorkBridge bridge = scenario.wiring(store).open()) {
        scenario.run(
            phase -> {
              if (withFaults) {
                expireTokens(world);
                if (phase == Phase.FINISH) {
                  rateLimitBursts(world);
                }
              }
              runs.add(Cycles.untilQuiet(bridge, world));
            });
      }
      int fired = 0;
      for (FaultSchedule faults : schedules(world)) {
        assertThat(faults.exhausted()).as("every planned fault fired").isTrue();
        fired += faults.firedCount();
        faults.clear();
      }
      scenario.assertOutcome();
      scenario.assertNoDuplicates();
      if (!withFaults) {
        // Under faults a write whose answer was lost is found done by the next cycle, not counted as performed.
        scenario.assertEachEffectPerformedOnce(Cycles.performed(runs.stream().flatMap(Cycles::all)));
      }
      SortedMap<String, String> state = scenario.snapshot();
      world.verify();
      return new Run(state, runs.stream().mapToInt(Cycles::count).sum(), fired);
    }
  }

  private static List<FaultSchedule> schedules(SimulatedWorld world) {
    return List.of(world.serviceTitan().faults(), world.serviceChannel().simulator().faults(), world.vendor().faults());
  }

  private static Fault tooManyRequests() {
    return Fault.respond(SimResponse.json(429, Json.obj("message", "Too many requests")).withHeader("Retry-After", "1"));
  }

  /** Faults aimed at the bridge's own calls (the people in the simulators must not be hit). */
  private static void planFaults(SimulatedWorld world) {
    FaultSchedule serviceTitan = world.serviceTitan().faults();
    serviceTitan.on("POST", ST_TENANT + "/booking-provider/\\d+/bookings").then(Fault.status(503));
    serviceTitan.on("POST", ST_TENANT + "/booking-provider/\\d+/bookings").matchNumber(4).then(Fault.disconnectAfterProcessing());
    serviceTitan.on("POST", ST_TENANT + "/jobs/\\d+/notes").then(Fault.disconnectAfterProcessing());
    serviceTitan.on("PATCH", ST_TENANT + "/jobs/\\d+").then(Fault.status(500));
    serviceTitan.on("GET", ST_TENANT + "/jobs/\\d+").matchNumber(2).then(Fault.disconnect());
    serviceTitan.on("GET", ST_TENANT + "/jobs/\\d+/notes").then(Fault.status(502));
    serviceTitan.on("GET", ST_TENANT + "/customers").matchNumber(3).then(Fault.status(504));

    FaultSchedule serviceChannel = world.serviceChannel().simulator().faults();
    serviceChannel.on("PUT", "/v3/workorders/\\d+/status").then(Fault.disconnectAfterProcessing());
    serviceChannel.on("PUT", "/v3/workorders/\\d+/status").matchNumber(2).then(Fault.status(503));
    serviceChannel.on("POST", "/v3/workorders/\\d+/notes").matchNumber(2).then(Fault.disconnectAfterProcessing());
    serviceChannel.on("POST", "/v3/workorders/\\d+/notes").matchNumber(4).then(Fault.status(500));
    serviceChannel.on("POST", "/v3/workorders/\\d+/universalCheckIn").then(Fault.disconnectAfterProcessing());
    serviceChannel.on("POST", "/v3/workorders/\\d+/universalCheckOut").then(Fault.status(503));
    serviceChannel.on("POST", "/v3/workorders/\\d+/attachments").then(Fault.disconnectAfterProcessing());
    serviceChannel.on("POST", "/v3/invoices").then(Fault.disconnectAfterProcessing());
    serviceChannel.on("POST", "/oauth/token").matchNumber(2).then(Fault.status(503));

    FaultSchedule vendor = world.vendor().faults();
    vendor.on("POST", "/v1/alerts/[^/]+/outcome").then(Fault.status(503));
    vendor.on("POST", "/v1/alerts/[^/]+/outcome").matchNumber(2).then(Fault.disconnectAfterProcessing());
    vendor.on("GET", "/v1/accounts").matchNumber(2).then(Fault.disconnect());
    rateLimitBursts(world);
  }

  /** Three 429s in a row on each system's change feed: more than a client's retries absorb. */
  private static void rateLimitBursts(SimulatedWorld world) {
    world.serviceTitan().faults().on("GET", ST_TENANT + "/export/.*").times(3).then(tooManyRequests());
    world.serviceChannel().simulator().faults().on("GET", "/v3/odata/workorders").times(3).then(tooManyRequests());
    world.vendor().faults().on("GET", "/v1/accounts/[^/]+/alerts").times(3).then(tooManyRequests());
  }

  /** Every access token issued so far stops working (the clients find out by a 401). */
  private static void expireTokens(SimulatedWorld world) {
    world.serviceTitan().oauth().expireAccessTokens();
    world.serviceChannel().oauth().expireAccessTokens();
    world.vendor().oauth().expireAccessTokens();
  }
}
