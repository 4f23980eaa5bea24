package io.workbridge.servicetitan;

import io.workbridge.servicetitan.support.RecordingSleeper;
import io.workbridge.servicetitan.support.TestClock;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** One simulator per test and a client wired to it with a test clock and a recording sleeper. */
abstract class SimulatorTestBase {
  static final String APP_GUID = "8f14e45f-ceea-467f-a0e6-3f1f1e2b6a11";

  protected TestClock clock;
  protected RecordingSleeper sleeper;
  protected ServiceTitanSimulator sim;
  protected ServiceTitanClient st;

  @BeforeEach
  void startSimulator() {
    clock = TestClock.atDefaultStart();
    sleeper = new RecordingSleeper(clock);
    sim = configure(ServiceTitanSimulator.builder().clock(clock)).build().start();
    st = client().build();
  }

  /** Lets a test class change the simulator's settings. */
  protected ServiceTitanSimulator.Builder configure(ServiceTitanSimulator.Builder builder) {
    return builder;
  }

  protected ServiceTitanClient.Builder client() {
    return ServiceTitanClient.builder()
        .baseUrl(sim.baseUrl())
        .tokenUrl(sim.tokenUrl())
        .tenantId(sim.tenantId())
        .appKey(sim.appKey())
        .clientId(sim.clientId())
        .clientSecret(sim.clientSecret())
        .bookingProviderId(sim.bookingProviderId())
        .applicationGuid(APP_GUID)
        .clock(clock)
        .sleeper(sleeper);
  }

  @AfterEach
  void stopSimulator() {
    st.close();
    sim.verify();
    sim.close();
  }
}
