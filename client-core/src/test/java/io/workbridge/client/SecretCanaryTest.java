package io.workbridge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.squareup.moshi.Moshi;
import io.workbridge.client.spi.ClientSettings;
import io.workbridge.client.spi.auth.ClientCredentialsTokenSource;
import io.workbridge.client.spi.auth.PasswordGrantTokenSource;
import io.workbridge.client.spi.http.ApiCalls;
import io.workbridge.client.spi.http.ApiRuntime;
import io.workbridge.client.spi.http.ErrorParser;
import io.workbridge.testkit.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** SDK-6: a canary credential never reaches logs (even at TRACE), exception messages or toString. */
class SecretCanaryTest {
  private static final String CANARY = "SECRET-CANARY-9f2";

  @StartStop final MockWebServer server = new MockWebServer();

  private final MutableClock time = MutableClock.at("2026-11-25T12:00:00Z");
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<String> texts = new ArrayList<>();
  private Logger root;
  private Level previousLevel;

  @BeforeEach
  void captureLogs() {
    root = (Logger) LoggerFactory.getLogger("io.workbridge");
    previousLevel = root.getLevel();
    root.setLevel(Level.TRACE);
    logs.start();
    root.addAppender(logs);
    root.setAdditive(false);
  }

  @AfterEach
  void releaseLogs() {
    root.detachAppender(logs);
    root.setAdditive(true);
    root.setLevel(previousLevel);
  }

  private ApiRuntime runtime(boolean passwordGrant) {
    ErrorParser parser = response -> io.workbridge.client.ApiError.of(response.statusCode(), response.operation())
        .withBodyExcerpt(response.bodyExcerpt());
    ClientSettings settings =
        new ClientSettings(
            server.url("/").toString(), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ZERO, RetryPolicy.defaults(), RateLimiter.unlimited(), Optional.empty(), time, time::sleep);
    return ApiRuntime.builder("canary")
        .settings(settings)
        .tokenSource(
            http ->
                passwordGrant
                    ? PasswordGrantTokenSource.builder()
                        .tokenUrl(server.url("/token").toString()).httpClient(http)
                        .clientId(CANARY).clientSecret(Secret.of(CANARY))
                        .username(CANARY).password(Secret.of(CANARY))
                        .clock(time).sleeper(time::sleep).build()
                    : ClientCredentialsTokenSource.builder()
                        .tokenUrl(server.url("/token").toString()).httpClient(http)
                        .clientId("client").clientSecret(Secret.of(CANARY))
                        .clock(time).sleeper(time::sleep).build())
        .staticHeader("X-App-Key", Secret.of(CANARY))
        .errorParser(parser)
        .moshi(new Moshi.Builder().build())
        .build();
  }

  private static MockResponse tokenResponse() {
    return new MockResponse.Builder()
        .body("{\"access_token\":\"" + CANARY + "\",\"refresh_token\":\"" + CANARY + "\",\"expires_in\":900}")
        .build();
  }

  private void call(ApiRuntime runtime, String json) {
    Request request =
        new Request.Builder()
            .url(runtime.baseUrl().resolve("things"))
            .post(RequestBody.create(json, MediaType.get("application/json")))
            .build();
    try (okhttp3.Response response = runtime.httpClient().newCall(request).execute()) {
      texts.add(response.toString());
    } catch (Exception failure) {
      record(failure);
    }
  }

  private void record(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    texts.add(String.valueOf(failure));
  }

  @Test
  void canary_neverAppearsInLogsExceptionsOrToString() {
    for (boolean passwordGrant : new boolean[] {false, true}) {
      server.enqueue(tokenResponse());
      server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
      server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
      server.enqueue(tokenResponse());
      server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
      server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("{\"Reason\":\"slow down\"}").build());
      server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json").body("{\"password\":\"" + CANARY + "\"}").build());
      server.enqueue(new MockResponse.Builder().body("{not json " + "}").build());
      try (ApiRuntime runtime = runtime(passwordGrant)) {
        for (int i = 0; i < 5; i++) {
          call(runtime, "{\"client_secret\":\"" + CANARY + "\",\"pin\":\"" + CANARY + "\"}");
        }
        texts.add(runtime.toString());
      }
    }
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"invalid_client\",\"error_description\":\"secret " + CANARY + " is wrong\"}").build());
    ClientCredentialsTokenSource source =
        ClientCredentialsTokenSource.builder()
            .tokenUrl(server.url("/token").toString()).clientId("c").clientSecret(Secret.of(CANARY)).build();
    record(catchThrowable(source::token));
    texts.add(source.toString());
    texts.add(Secret.of(CANARY).toString());
    texts.add(RequestOptions.builder().putHeader("X-Key", CANARY).build().toString());
    texts.add(
        ApiCalls.invalid("x.get", new IllegalStateException("bad")).getMessage());

    assertThat(logs.list).isNotEmpty();
    assertThat(logs.list).anySatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.TRACE));
    for (ILoggingEvent event : logs.list) {
      assertThat(event.getFormattedMessage()).doesNotContain(CANARY);
    }
    assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(CANARY));
  }
}
