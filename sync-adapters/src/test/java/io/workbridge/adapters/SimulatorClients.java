package io.workbridge.adapters;

import io.workbridge.client.Secret;
import io.workbridge.leads.LeadsClient;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.junit.SimulatorAccess;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Duration;

/**
 * The clients the adapter tests point at a simulator: its URLs and credentials ({@link SimulatorAccess}), one
 * retry, and waits that move the test's simulated clock instead of sleeping.
 */
final class SimulatorClients {
  /** The application GUID keying the external ids of the jobs the adapter creates. */
  static final String APP_GUID = "6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00";

  private SimulatorClients() {}

  /** A ServiceTitan client of the simulator's tenant, app key and booking provider. */
  static ServiceTitanClient serviceTitan(ServiceTitanSimulator sim, MutableClock clock) {
    SimulatorAccess access = SimulatorAccess.of(sim);
    return ServiceTitanClient.builder()
        .baseUrl(access.baseUrl())
        .tokenUrl(access.tokenUrl())
        .tenantId(sim.tenantId())
        .appKey(sim.appKey())
        .clientId(access.clientId())
        .clientSecret(access.clientSecret())
        .bookingProviderId(sim.bookingProviderId())
        .applicationGuid(APP_GUID)
        .maxRetries(1)
        .clock(clock)
        .sleeper(clock::sleep)
        .build();
  }

  /** A ServiceChannel client of the simulator's registered client and API user. */
  static ServiceChannelClient serviceChannel(SimulatorAccess access, MutableClock clock) {
    return ServiceChannelClient.builder()
        .baseUrl(access.baseUrl())
        .tokenUrl(access.tokenUrl())
        .clientId(access.clientId())
        .clientSecret(Secret.of(access.clientSecret()))
        .username(access.username().orElseThrow())
        .password(Secret.of(access.password().orElseThrow()))
        .clock(clock)
        .sleeper(clock::sleep)
        .maxRetries(1)
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** A leads client of the vendor's default client, reading alerts in pages of 20. */
  static LeadsClient leads(SimulatorAccess access, MutableClock clock) {
    return LeadsClient.builder()
        .baseUrl(access.baseUrl())
        .tokenUrl(access.tokenUrl())
        .clientId(access.clientId())
        .clientSecret(Secret.of(access.clientSecret()))
        .alertPageSize(20)
        .maxRetries(1)
        .clock(clock)
        .sleeper(clock::sleep)
        .build();
  }
}
