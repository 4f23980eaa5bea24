package io.workbridge.adapters;

import io.workbridge.client.Secret;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Duration;

/**
 * The clients the adapter tests point at a simulator: its credentials, one retry, and waits that move the
 * simulated clock instead of sleeping.
 */
final class SimulatorClients {
  /** The application GUID keying the external ids of the jobs the adapter creates. */
  static final String APP_GUID = "6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00";

  private SimulatorClients() {}

  /** A ServiceTitan client of the simulator's tenant and booking provider. */
  static ServiceTitanClient serviceTitan(ServiceTitanSimulator sim, MutableClock clock) {
    return ServiceTitanClient.builder()
        .baseUrl(sim.baseUrl())
        .tokenUrl(sim.tokenUrl())
        .tenantId(sim.tenantId())
        .appKey(sim.appKey())
        .clientId(sim.clientId())
        .clientSecret(sim.clientSecret())
        .bookingProviderId(sim.bookingProviderId())
        .applicationGuid(APP_GUID)
        .maxRetries(1)
        .clock(clock)
        .sleeper(clock::advance)
        .build();
  }

  /** A ServiceChannel client of the simulator's registered client and API user. */
  static ServiceChannelClient serviceChannel(ServiceChannelSimulator sim, MutableClock clock) {
    return ServiceChannelClient.builder()
        .baseUrl(sim.apiBaseUrl())
        .tokenUrl(sim.tokenUrl())
        .clientId(ServiceChannelSimulator.CLIENT_ID)
        .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
        .username(ServiceChannelSimulator.USERNAME)
        .password(Secret.of(ServiceChannelSimulator.PASSWORD))
        .clock(clock)
        .sleeper(clock::advance)
        .maxRetries(1)
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }
}
