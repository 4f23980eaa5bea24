package io.workbridge.cli.e2e;

import static io.workbridge.testkit.leads.LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.oauth.OAuthServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC group C where it shows end to end: a malformed record is quarantined with a specific reason while
 * the rest of its batch goes on (SDK-5), and through a whole day with faults and expiring tokens no
 * secret — credential, access token, IVR PIN — appears in what WorkBridge logs (down to TRACE, HTTP
 * included), reports or quarantines (SDK-6).
 */
class SdkEndToEndTest {
  private static final String CANARY = "SECRET-CANARY-9f2";

  @TempDir Path data;

  @Test
  void malformedAlerts_areQuarantinedWithTheirReason_whileTheRestOfTheBatchGoesOn() {
    try (SimulatedWorld world = SimulatedWorld.start();
        TestStore store = TestStore.h2(data);
        RemoteView remote = new RemoteView(world)) {
      String unreadable = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
      String nameless = world.alert(ACCOUNT_WITH_PROFILES, "Poor Heating Performance", "Critical");
      String fine = world.alert(ACCOUNT_WITH_PROFILES, "Coil Freeze Warning", "Critical");
      world.vendor().corruptAlert(unreadable, "type");
      world.vendor().corruptAlert(nameless, "member.firstName");
      world.vendor().corruptAlert(nameless, "member.lastName");
      BridgeWiring wiring = BridgeWiring.over(world, store);

      Cycles first = Cycles.untilQuiet(wiring, world);
      Cycles second = Cycles.untilQuiet(wiring, world);

      assertThat(remote.bookingsFor(fine)).hasSize(1);
      assertThat(remote.bookingsFor(unreadable)).isEmpty();
      assertThat(remote.bookingsFor(nameless)).isEmpty();
      assertThat(first.quarantined())
          .extracting(SyncReport.Quarantined::recordKey)
          .containsExactlyInAnyOrder("alert:" + unreadable, "alert:" + nameless);
      assertThat(second.quarantined()).isEmpty();
      try (SyncStore state = store.open(world.clock())) {
        List<QuarantinedRecord> held = state.connection(BridgeWiring.CONNECTION).quarantine().list(LeadSyncConfig.QUARANTINE_STREAM);
        assertThat(held).extracting(QuarantinedRecord::recordKey).containsExactlyInAnyOrder(unreadable, nameless);
        assertThat(held).filteredOn(record -> record.recordKey().equals(unreadable)).singleElement()
            .satisfies(record -> assertThat(record.reason()).containsIgnoringCase("type"));
        assertThat(held).filteredOn(record -> record.recordKey().equals(nameless)).singleElement()
            .satisfies(record -> {
              assertThat(record.reason()).containsIgnoringCase("name");
              assertThat(record.payload()).contains(nameless);
            });
      }
      // The vendor now answers off its own description for the corrupted alerts; that is the point.
      world.vendor().api().clearProblems();
    }
  }

  @Test
  void noSecretAppearsInLogsReportsOrQuarantine_throughAWholeDayWithFaultsAndExpiringTokens() {
    SimulatedWorld.Credentials credentials =
        new SimulatedWorld.Credentials(CANARY + "-app-key", CANARY + "-st-secret", "workbridge-canary", CANARY + "-leads-secret");
    String pin = "73" + "91";
    Set<String> secrets = new LinkedHashSet<>(credentials.secrets());
    List<String> written = new ArrayList<>();
    try (SimulatedWorld world = SimulatedWorld.start(credentials);
        TestStore store = TestStore.h2(data);
        RemoteView remote = new RemoteView(world);
        CapturedLogs logs = CapturedLogs.start()) {
      LifecycleScenario scenario = new LifecycleScenario(world, remote, CANARY + "-PIN-" + pin);
      secrets.add(CANARY + "-PIN-" + pin);
      world.vendor().corruptAlert(world.vendor().alertIds(ACCOUNT_WITH_PROFILES).get(0), "type");
      world.serviceTitan().faults().on("POST", ".*/booking-provider/\\d+/bookings").then(Fault.status(500));
      world.serviceChannel().simulator().faults().on("POST", "/v3/workorders/\\d+/notes").then(Fault.status(503));
      world.vendor().faults().on("GET", "/v1/accounts").then(Fault.disconnect());
      try (WorkBridge bridge = scenario.wiring(store).open()) {
        scenario.run(
            phase -> {
              written.add(Cycles.untilQuiet(bridge, world).all().map(SyncReport::toString).toList().toString());
              secrets.addAll(tokens(world));
              world.serviceTitan().oauth().expireAccessTokens();
              world.serviceChannel().oauth().expireAccessTokens();
              world.vendor().oauth().expireAccessTokens();
            });
        written.add(bridge.status().toString());
      }
      try (SyncStore state = store.open(world.clock())) {
        for (QuarantinedRecord record : state.connection(BridgeWiring.CONNECTION).quarantine().list()) {
          written.add(record.toString() + record.reason() + record.payload());
        }
      }
      scenario.assertOutcome();
      world.vendor().api().clearProblems();
      written.add(logs.text());
      assertThat(logs.text()).as("HTTP traffic is logged at TRACE").contains("--> body");
    }

    assertThat(secrets).hasSizeGreaterThan(8);
    assertThat(leaks(written, secrets)).as("secrets in what WorkBridge wrote").isEmpty();
  }

  /** Each place a secret shows up, with some text around it. */
  private static List<String> leaks(List<String> texts, Set<String> secrets) {
    List<String> leaks = new ArrayList<>();
    for (String text : texts) {
      for (String secret : secrets) {
        for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
          leaks.add(text.substring(Math.max(0, at - 300), Math.min(text.length(), at + secret.length() + 40)));
        }
      }
    }
    return leaks;
  }

  /** Every access token the three authorization servers consider valid now. */
  private static List<String> tokens(SimulatedWorld world) {
    List<String> tokens = new ArrayList<>();
    for (OAuthServer server : List.of(world.serviceTitan().oauth(), world.serviceChannel().oauth(), world.vendor().oauth())) {
      tokens.addAll(server.validAccessTokens());
    }
    return tokens;
  }
}
