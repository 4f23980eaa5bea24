package io.workbridge.leads;

import static io.workbridge.leads.support.MockVendor.error;
import static io.workbridge.leads.support.MockVendor.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.workbridge.client.Secret;
import io.workbridge.leads.model.AlertOutcome;
import io.workbridge.leads.resource.AlertFeedPosition;
import io.workbridge.leads.support.Fixtures;
import io.workbridge.leads.webhook.AlertWebhookVerifier;
import io.workbridge.testkit.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** SDK-6: the canary set as every credential never shows up in logs, exceptions or toString. */
class SecretCanaryTest {
  private static final String CANARY = "SECRET-CANARY-9f2";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final MutableClock time = MutableClock.at("2026-11-20T16:00:00Z");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger logger;
  private Level previousLevel;

  @BeforeEach
  void captureLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logger = context.getLogger("io.workbridge");
    previousLevel = logger.getLevel();
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false);
    appender.setContext(context);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void stopCapture() {
    logger.detachAppender(appender);
    logger.setLevel(previousLevel);
    logger.setAdditive(true);
  }

  private static MockResponse canaryToken() {
    return json(200, "{\"access_token\":\"" + CANARY + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  @Test
  void canary_neverInLogsExceptionsOrToString() {
    List<Object> printed = new ArrayList<>();
    List<Throwable> thrown = new ArrayList<>();

    server.enqueue(canaryToken());
    server.enqueue(json(200, Fixtures.read("accounts.list", "ok")));
    server.enqueue(error(401, "invalid_token", "expired", "r1"));
    server.enqueue(canaryToken());
    server.enqueue(json(200, Fixtures.read("alerts.feed", "ok")));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(500, "internal", "boom", "r500"));
    }
    server.enqueue(json(200, Fixtures.read("alerts.get", "malformed")));
    server.enqueue(json(200, "{\"data\":[{\"id\":"));
    server.enqueue(error(401, "invalid_token", "expired", "r2"));
    server.enqueue(canaryToken());
    server.enqueue(error(401, "invalid_token", "still expired", "r3"));

    try (LeadsClient leads =
        LeadsClient.builder()
            .baseUrl(server.url("/").toString())
            .clientId(CANARY)
            .clientSecret(Secret.of(CANARY))
            .clock(time)
            .sleeper(time::sleep)
            .readTimeout(Duration.ofSeconds(2))
            .build()) {
      printed.add(leads);
      printed.add(leads.accounts());
      printed.add(leads.alerts());
      printed.addAll(leads.accounts().list());
      var page = leads.alerts().poll("acc-100", AlertFeedPosition.beginning());
      printed.add(page);
      printed.add(page.position());
      printed.addAll(page.alerts());
      collect(thrown, () -> leads.alerts().get("al-1"));
      collect(thrown, () -> leads.alerts().recordOutcome("al-1", AlertOutcome.scheduled("st-booking:1")));
      collect(thrown, () -> leads.alerts().get("al-1005"));
      collect(thrown, () -> leads.accounts().list());
      collect(thrown, () -> leads.accounts().profiles("acc-1"));
    }

    AlertWebhookVerifier verifier = AlertWebhookVerifier.builder().secret(Secret.of(CANARY)).clock(time).build();
    printed.add(verifier);
    byte[] body = Fixtures.read("alerts.get", "ok").getBytes(StandardCharsets.UTF_8);
    long ts = time.instant().getEpochSecond();
    printed.add(verifier.verify("alert.created", Long.toString(ts), AlertWebhookVerifier.signature(Secret.of(CANARY), ts, body), body));
    collect(thrown, () -> verifier.verify("alert.created", Long.toString(ts), "v1=" + "0".repeat(64), body));
    printed.add(Secret.of(CANARY));

    assertThat(thrown).hasSize(6);
    assertThat(appender.list).isNotEmpty();
    for (ILoggingEvent event : appender.list) {
      assertThat(event.getFormattedMessage()).doesNotContain(CANARY);
      if (event.getThrowableProxy() != null) {
        assertThat(event.getThrowableProxy().getMessage()).doesNotContain(CANARY);
      }
    }
    for (Throwable failure : thrown) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(CANARY);
      assertThat(failure.toString()).doesNotContain(CANARY);
    }
    for (Object object : printed) {
      assertThat(object.toString()).doesNotContain(CANARY);
    }
  }

  private static void collect(List<Throwable> thrown, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException failure) {
      thrown.add(failure);
    }
  }
}
