package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.workbridge.servicetitan.support.Fixtures;
import io.workbridge.servicetitan.support.ScriptedServer;
import io.workbridge.testkit.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The canary set as every credential never shows up in logs, exceptions or toString(). */
class SecretCanaryTest {
  private static final String CANARY = "SECRET-CANARY-9f2";

  @StartStop private final MockWebServer server = new MockWebServer();

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger logger;
  private Level previous;

  @BeforeEach
  void captureLogs() {
    logger = (Logger) LoggerFactory.getLogger("io.workbridge");
    previous = logger.getLevel();
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false); // captured here only: the build's console stays at WARN
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
    logger.setAdditive(true);
    logger.setLevel(previous);
  }

  @Test
  void canary_neverAppearsInLogsExceptionsOrToString() {
    ScriptedServer script = ScriptedServer.on(server).tokenPrefix(CANARY + "-token-");
    MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    script
        .json(200, Fixtures.read("bookings.create", "ok"))
        .json(401, "{\"title\":\"Unauthorized\",\"status\":401}")
        .json(401, "{\"title\":\"Unauthorized\",\"status\":401}")
        .enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body(Fixtures.read("errors", "rate-limited")).build())
        .enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body(Fixtures.read("errors", "rate-limited")).build())
        .enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body(Fixtures.read("errors", "rate-limited")).build())
        .json(500, "{\"title\":\"Boom\",\"status\":500}")
        .json(500, "{\"title\":\"Boom\",\"status\":500}")
        .json(500, "{\"title\":\"Boom\",\"status\":500}")
        .json(200, Fixtures.read("bookings.create", "malformed"));

    List<Object> seen = new ArrayList<>();
    try (ServiceTitanClient st =
        ServiceTitanClient.builder()
            .baseUrl(server.url("/").toString())
            .tokenUrl(server.url(ScriptedServer.TOKEN_PATH).toString())
            .tenantId(1L)
            .bookingProviderId(2L)
            .appKey(CANARY)
            .clientId(CANARY)
            .clientSecret(CANARY)
            .clock(clock)
            .sleeper(clock::sleep)
            .build()) {
      seen.add(st);
      seen.add(st.bookings().get(9001L));
      for (int i = 0; i < 4; i++) {
        Throwable failure = catchThrowable(() -> st.bookings().get(9001L));
        assertThat(failure).isNotNull();
        seen.add(failure);
      }
    }

    for (Object object : seen) {
      assertThat(object.toString()).doesNotContain(CANARY);
      if (object instanceof Throwable throwable) {
        StringWriter trace = new StringWriter();
        throwable.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(CANARY);
      }
    }
    assertThat(appender.list).isNotEmpty();
    for (ILoggingEvent event : appender.list) {
      assertThat(event.getFormattedMessage()).doesNotContain(CANARY);
      if (event.getThrowableProxy() != null) {
        assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(CANARY);
      }
    }
    // The canary really was used: as the app key header and in the token request.
    assertThat(script.apiRequests().get(0).getHeaders().get("ST-App-Key")).isEqualTo(CANARY);
    assertThat(script.apiRequests().get(0).getHeaders().get("Authorization")).contains(CANARY);
  }
}
