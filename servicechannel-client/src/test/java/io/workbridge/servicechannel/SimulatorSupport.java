package io.workbridge.servicechannel;

import io.workbridge.client.Secret;
import io.workbridge.client.Sleeper;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A started {@link ServiceChannelSimulator} with two subscribers (one with ServiceChannel's default catalogue,
 * one lacking DISPATCH CONFIRMED and DECLINED), one location each, and a client factory whose sleeps move the
 * simulator's clock instead of waiting.
 */
abstract class SimulatorSupport {
  static final long SANDBOX = 2014917243L;
  static final long LEAN = 2014917300L;
  static final long ALBANY = 2006516537L;
  static final long DENVER = 2005530999L;
  static final double ALBANY_LAT = 42.6526;
  static final double ALBANY_LON = -73.7562;

  final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T14:00:00Z"));
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final Sleeper sleeper =
      duration -> {
        sleeps.add(duration);
        clock.advance(duration);
      };
  ServiceChannelSimulator sim;

  @BeforeEach
  void startSimulator() {
    sim = new ServiceChannelSimulator(clock).start();
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

  @AfterEach
  void stopSimulator() {
    sim.verify();
    sim.close();
  }

  ServiceChannelClient.Builder clientBuilder() {
    return ServiceChannelClient.builder()
        .baseUrl(sim.apiBaseUrl())
        .tokenUrl(sim.tokenUrl())
        .clientId(ServiceChannelSimulator.CLIENT_ID)
        .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
        .username(ServiceChannelSimulator.USERNAME)
        .password(Secret.of(ServiceChannelSimulator.PASSWORD))
        .clock(clock)
        .sleeper(sleeper)
        .readTimeout(Duration.ofSeconds(5));
  }

  ServiceChannelClient client() {
    return clientBuilder().build();
  }

  long createAt(long subscriber) {
    return sim.createWorkOrder(NewWorkOrder.builder(subscriber, subscriber == SANDBOX ? ALBANY : DENVER).build());
  }
}
