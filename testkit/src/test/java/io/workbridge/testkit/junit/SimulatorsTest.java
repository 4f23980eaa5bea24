package io.workbridge.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.Http;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorsTest {
  private static final long SANDBOX = 2014917243L;

  @RegisterExtension
  final Simulators simulators =
      Simulators.startingAt("2026-06-01T14:00:00Z")
          .withServiceChannel(sc -> sc.addSubscriber(SubscriberSetup.builder(SANDBOX, "API SANDBOX").build()))
          .withServiceTitan(builder -> builder.validateContract(false))
          .withLeadsVendor(clock -> new LeadsVendorSimulator(clock, 7L, "secret", 0));

  private final Http http = new Http();
  private ServiceChannelSimulator fromBeforeEach;

  @BeforeEach
  void setUp(ServiceChannelSimulator sc) {
    fromBeforeEach = sc;
  }

  @AfterEach
  void closeHttp() {
    http.close();
  }

  @Test
  void injectsStartedSimulatorsOnOneSharedClock(
      MutableClock clock, ServiceChannelSimulator sc, ServiceTitanSimulator st, LeadsVendorSimulator leads) {
    assertThat(sc).isSameAs(fromBeforeEach).isSameAs(simulators.serviceChannel());
    assertThat(st).isSameAs(simulators.serviceTitan());
    assertThat(leads.clock()).isSameAs(clock).isSameAs(simulators.clock());
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-06-01T14:00:00Z"));

    clock.sleep(Duration.ofMinutes(5));

    assertThat(leads.clock().instant()).isEqualTo(Instant.parse("2026-06-01T14:05:00Z"));
    assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(5));
  }

  @Test
  void accessReachesTheSimulator_andTheSetupRan(ServiceChannelSimulator sc) {
    SimulatorAccess access = SimulatorAccess.of(sc);
    String basic =
        Base64.getEncoder()
            .encodeToString((access.clientId() + ":" + access.clientSecret()).getBytes(StandardCharsets.UTF_8));

    Http.Reply token =
        http.form(
            access.tokenUrl(),
            Map.of(
                "grant_type", "password",
                "username", access.username().orElseThrow(),
                "password", access.password().orElseThrow()),
            "Basic " + basic);
    Http.Reply statuses =
        http.get(
            access.baseUrl() + "workorders/statuses?subscriberId=" + SANDBOX,
            Map.of("Authorization", "Bearer " + token.json().get("access_token")));

    assertThat(token.status()).isEqualTo(200);
    assertThat(statuses.status()).isEqualTo(200);
    assertThat(statuses.body()).contains("IN PROGRESS");
    assertThat(access.toString()).doesNotContain(access.clientSecret()).doesNotContain(access.password().get());
  }

  @Test
  void accessOfEachSimulator_carriesItsEndpointsAndCredentials(ServiceTitanSimulator st, LeadsVendorSimulator leads) {
    assertThat(SimulatorAccess.of(st))
        .isEqualTo(
            new SimulatorAccess(
                st.baseUrl(), st.tokenUrl(), st.clientId(), st.clientSecret(),
                java.util.Optional.empty(), java.util.Optional.empty()));
    assertThat(SimulatorAccess.of(leads).tokenUrl()).isEqualTo(leads.tokenUrl());
    assertThat(SimulatorAccess.of(leads).clientId()).isEqualTo(LeadsVendorSimulator.CLIENT_ID);
  }

  @Test
  void stopAll_reportsAHandlerBugOrViolation_andStillClosesEverySimulator() {
    Simulators extension = Simulators.startingAt("2026-01-01T00:00:00Z").withServiceChannel().withLeadsVendor(
        clock -> new LeadsVendorSimulator(clock, 1L, "s", 0));
    extension.startAll();
    ServiceChannelSimulator sc = extension.serviceChannel();
    LeadsVendorSimulator leads = extension.leadsVendor();
    http.get(sc.simulator().url("/v3/not-described"), Map.of());

    assertThatThrownBy(extension::stopAll)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("servicechannel")
        .hasMessageContaining("contract violation");
    assertThatThrownBy(() -> http.get(leads.url("/v1/accounts"), Map.of())).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(extension::clock).hasMessageContaining("no test is running");
  }

  @Test
  void asksForASimulatorNotConfigured_failsClearly() {
    Simulators extension = Simulators.startingAt("2026-01-01T00:00:00Z").withServiceTitan(b -> b.validateContract(false));
    extension.startAll();
    try {
      assertThatThrownBy(extension::leadsVendor)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("LeadsVendorSimulator");
    } finally {
      extension.stopAll();
    }
  }
}
