package io.workbridge.servicetitan.support;

import io.workbridge.servicetitan.ServiceTitanClient;
import mockwebserver3.MockWebServer;

/** Builders of clients pointed at a MockWebServer, with a test clock and a recording sleeper. */
public final class Clients {
  public static final long TENANT = 1234567L;
  public static final long PROVIDER = 42L;
  public static final String APP_KEY = "ak1.test-app-key";
  public static final String CLIENT_ID = "cid.test";
  public static final String CLIENT_SECRET = "cs1.test-secret";
  public static final String APP_GUID = "8f14e45f-ceea-467f-a0e6-3f1f1e2b6a11";

  private Clients() {}

  public static ServiceTitanClient.Builder against(MockWebServer server, TestClock clock, RecordingSleeper sleeper) {
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
        .sleeper(sleeper);
  }
}
