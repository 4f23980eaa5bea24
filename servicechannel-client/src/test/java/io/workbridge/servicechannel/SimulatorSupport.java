package io.workbridge.servicechannel;

import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.junit.SimulatorAccess;
import io.workbridge.testkit.junit.Simulators;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A started {@link ServiceChannelSimulator} with two subscribers (one with ServiceChannel's default catalogue,
 * one lacking DISPATCH CONFIRMED and DECLINED) and one location each, started, verified and closed per test by
 * the {@link Simulators} extension; and a client factory whose sleeps move the simulator's clock instead of
 * waiting.
 */
abstract class SimulatorSupport {
  static final long SANDBOX = 2014917243L;
  static final long LEAN = 2014917300L;
  static final long ALBANY = 2006516537L;
  static final long DENVER = 2005530999L;
  static final double ALBANY_LAT = 42.6526;
  static final double ALBANY_LON = -73.7562;

  @RegisterExtension
  final Simulators simulators =
      Simulators.startingAt("2026-06-01T14:00:00Z").withServiceChannel(SimulatorSupport::addSubscribersAndLocations);

  MutableClock clock;
  ServiceChannelSimulator sim;

  @BeforeEach
  void useSimulator(ServiceChannelSimulator sim, MutableClock clock) {
    this.sim = sim;
    this.clock = clock;
  }

  private static void addSubscribersAndLocations(ServiceChannelSimulator sim) {
    sim.addSubscriber(SubscriberSetup.builder(SANDBOX, "API SANDBOX").build());
    sim.addSubscriber(
        SubscriberSetup.builder(LEAN, "Lean Retail")
            .without("IN PROGRESS", "DISPATCH CONFIRMED")
            .without("OPEN", "DECLINED")
            .declineReasonRequired(true)
            .build());
    sim.addLocation(ALBANY, SANDBOX, "0024", ALBANY_LAT, ALBANY_LON, 0.5, "America/New_York");
    sim.addLocation(DENVER, LEAN, "0107", 39.7392, -104.9903, 0.5, "America/Denver");
  }

  ServiceChannelClient.Builder clientBuilder() {
    return Clients.serviceChannel(SimulatorAccess.of(sim), clock).readTimeout(Duration.ofSeconds(5));
  }

  ServiceChannelClient client() {
    return clientBuilder().build();
  }

  long createAt(long subscriber) {
    return sim.createWorkOrder(NewWorkOrder.builder(subscriber, subscriber == SANDBOX ? ALBANY : DENVER).build());
  }
}
