package io.workbridge.leads;

import io.workbridge.client.Secret;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.junit.SimulatorAccess;

/** Builds leads clients against a simulator, on the test's simulated clock. */
final class Clients {

  private Clients() {}

  /**
   * {@return a client builder for the simulator behind {@code access} (client credentials), reading time from
   * {@code clock} and sleeping on it}
   *
   * @param access the simulator's URLs and credentials
   * @param clock the test's clock, also the client's sleeper
   */
  static LeadsClient.Builder leads(SimulatorAccess access, MutableClock clock) {
    return LeadsClient.builder()
        .baseUrl(access.baseUrl())
        .tokenUrl(access.tokenUrl())
        .clientId(access.clientId())
        .clientSecret(Secret.of(access.clientSecret()))
        .clock(clock)
        .sleeper(clock::sleep);
  }
}
