package io.workbridge.servicechannel;

import io.workbridge.client.Secret;
import io.workbridge.testkit.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared pieces of the MockWebServer tests: a client pointed at the server, token and JSON responses, fixtures. */
final class MockServers {
  static final String TOKEN =
      "{\"access_token\":\"at-%d\",\"refresh_token\":\"rt-%d\",\"expires_in\":600,\"token_type\":\"bearer\"}";

  private MockServers() {}

  static ServiceChannelClient.Builder client(MockWebServer server, MutableClock time) {
    return ServiceChannelClient.builder()
        .baseUrl(server.url("/v3/").toString())
        .tokenUrl(server.url("/oauth/token").toString())
        .clientId("PR.2000090505.test")
        .clientSecret(Secret.of("client-secret"))
        .username("api.user")
        .password(Secret.of("user-password"))
        .clock(time)
        .sleeper(time::sleep)
        .readTimeout(Duration.ofMillis(500));
  }

  static MockResponse token(int n) {
    return json(200, String.format(TOKEN, n, n));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  static String fixture(String operation, String name) {
    String path = "/fixtures/servicechannel/" + operation + "/" + name + ".json";
    try (InputStream in = MockServers.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
