package io.workbridge.servicetitan;

import io.workbridge.servicetitan.support.Clients;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.junit.Simulators;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One simulator per test, started, verified and closed by the {@link Simulators} extension, and a client wired
 * to it whose clock is the test's simulated clock and whose sleeps move it.
 */
abstract class SimulatorTestBase {
  static final String APP_GUID = Clients.APP_GUID;

  @RegisterExtension
  final Simulators simulators = Simulators.startingAt("2026-03-02T10:00:00Z").withServiceTitan(this::configure);

  protected MutableClock clock;
  protected ServiceTitanSimulator sim;
  protected ServiceTitanClient st;

  @BeforeEach
  void connect(ServiceTitanSimulator sim, MutableClock clock) {
    this.sim = sim;
    this.clock = clock;
    st = client().build();
  }

  /**
   * Lets a test class change the simulator's settings.
   *
   * @param builder the simulator's builder, on the test's clock
   */
  protected void configure(ServiceTitanSimulator.Builder builder) {}

  protected ServiceTitanClient.Builder client() {
    return Clients.against(sim, clock);
  }

  @AfterEach
  void closeClient() {
    st.close();
  }
}
