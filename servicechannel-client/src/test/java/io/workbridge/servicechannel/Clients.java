package io.workbridge.servicechannel;

import io.workbridge.client.Secret;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.junit.SimulatorAccess;

/** Builds ServiceChannel clients against a simulator, on the test's simulated clock. */
final class Clients {

  private Clients() {}

  /**
   * {@return a client builder for the simulator behind {@code access} (password grant), reading time from
   * {@code clock} and sleeping on it}
   *
   * @param access the simulator's URLs and credentials
   * @param clock the test's clock, also the client's sleeper
   */
  static ServiceChannelClient.Builder serviceChannel(SimulatorAccess access, MutableClock clock) {
    return ServiceChannelClient.builder()
        .baseUrl(access.baseUrl())
        .tokenUrl(access.tokenUrl())
        .clientId(access.clientId())
        .clientSecret(Secret.of(access.clientSecret()))
        .username(access.username().orElseThrow())
        .password(Secret.of(access.password().orElseThrow()))
        .clock(clock)
        .sleeper(clock::sleep);
  }
}
