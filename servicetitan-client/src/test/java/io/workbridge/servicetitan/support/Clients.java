package io.workbridge.servicetitan.support;

import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.junit.SimulatorAccess;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import mockwebserver3.MockWebServer;

/**
 * Builders of clients pointed at a MockWebServer or a simulator, with a test clock that is also the sleeper
 * (each wait is recorded and moves the clock).
 */
public final class Clients {
  public static final long TENANT = 1234567L;
  public static final long PROVIDER = 42L;
  public static final String APP_KEY = "ak1.test-app-key";
  public static final String CLIENT_ID = "cid.test";
  public static final String CLIENT_SECRET = "cs1.test-secret";
  public static final String APP_GUID = "8f14e45f-ceea-467f-a0e6-3f1f1e2b6a11";

  private Clients() {}

  public static ServiceTitanClient.Builder against(MockWebServer server, MutableClock clock) {
    return ServiceTitanClient.builder()
        .baseUrl(server.url("/").toString())
        .tokenUrl(server.url(ScriptedServer.TOKEN_PATH).toString())
        .tenantId(TENANT)
        .bookingProviderId(PROVIDER)
        .applicationGuid(APP_GUID)
        .appKey(APP_KEY)
        .clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET)
        .clock(clock)
        .sleeper(clock::sleep);
  }

  /**
   * {@return a client builder for the simulator behind {@code access} (client credentials), with the
   * simulator's tenant, app key and booking provider, reading time from {@code clock} and sleeping on it}
   *
   * @param sim the started simulator
   * @param clock the test's clock, also the client's sleeper
   */
  public static ServiceTitanClient.Builder against(ServiceTitanSimulator sim, MutableClock clock) {
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
        .clock(clock)
        .sleeper(clock::sleep);
  }
}
