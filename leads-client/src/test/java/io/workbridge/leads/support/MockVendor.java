package io.workbridge.leads.support;

import io.workbridge.client.Secret;
import io.workbridge.leads.LeadsClient;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Canned vendor answers for MockWebServer tests, and a client wired to the server. */
public final class MockVendor {
  public static final String CLIENT_ID = "dealer-client";
  public static final String CLIENT_SECRET = "dealer-secret";

  private MockVendor() {}

  public static LeadsClient.Builder clientFor(MockWebServer server, MutableClock time) {
    return LeadsClient.builder()
        .baseUrl(server.url("/").toString())
        .clientId(CLIENT_ID)
        .clientSecret(Secret.of(CLIENT_SECRET))
        .clock(time)
        .sleeper(time::sleep)
        .readTimeout(Duration.ofSeconds(2));
  }

  public static MockResponse token(String accessToken) {
    return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  public static MockResponse error(int code, String errorCode, String message, String requestId) {
    return json(
        code,
        "{\"error\":{\"code\":\"" + errorCode + "\",\"message\":\"" + message + "\",\"requestId\":\""
            + requestId + "\"}}");
  }

  public static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }
}
