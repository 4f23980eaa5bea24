package io.workbridge.servicechannel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.junit.SimulatorAccess;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The simulator's per-client limit answered with {"Reason"} + Retry-After, and the client waiting it out. */
class ThrottlingSimulatorTest {

  @Test
  void serverThrottle_clientSleepsRetryAfterThenSucceeds() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T14:00:10Z"));
    try (ServiceChannelSimulator sim = new ServiceChannelSimulator(clock, 3, 100).start()) {
      sim.addSubscriber(SubscriberSetup.builder(2014917243L, "API SANDBOX").build());
      sim.addLocation(2006516537L, 2014917243L, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
      long id = sim.createWorkOrder(NewWorkOrder.builder(2014917243L, 2006516537L).build());
      try (ServiceChannelClient sc =
          Clients.serviceChannel(SimulatorAccess.of(sim), clock).build()) {
        for (int i = 0; i < 4; i++) {
          assertThat(sc.workOrders().get(id).id()).isEqualTo(id);
        }
      }
      assertThat(sim.throttledByClientLimit()).isEqualTo(1);
      // the window rolls over at the whole minute: 50 s after 14:00:10
      assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(50));
      assertThat(sim.journal().count("GET", "/v3/workorders/\\d+")).isEqualTo(5);
      sim.verify();
    }
  }
}
