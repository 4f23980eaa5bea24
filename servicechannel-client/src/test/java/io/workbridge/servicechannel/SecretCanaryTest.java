package io.workbridge.servicechannel;

import static io.workbridge.servicechannel.MockServers.fixture;
import static io.workbridge.servicechannel.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.workbridge.client.Secret;
import io.workbridge.servicechannel.model.AttachmentUpload;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.servicechannel.webhook.WebhookEvents;
import io.workbridge.servicechannel.webhook.WebhookVerifier;
import io.workbridge.testkit.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** SDK-6: the canary set as every credential never reaches logs (TRACE), exceptions or toString. */
class SecretCanaryTest {
  private static final String CANARY = "SECRET-CANARY-9f2";

  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock time = MutableClock.at("2026-06-01T12:00:00Z");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger logger;
  private Level previous;

  @BeforeEach
  void capture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logger = context.getLogger("io.workbridge");
    previous = logger.getLevel();
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false); // captured here only: the build's console stays at WARN
    appender.setContext(context);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
    logger.setAdditive(true);
    logger.setLevel(previous);
  }

  private static MockResponse canaryToken() {
    return json(
        200,
        "{\"access_token\":\"" + CANARY + "\",\"refresh_token\":\"" + CANARY + "\",\"expires_in\":600}");
  }

  @Test
  void canary_neverInLogsExceptionsOrToString() {
    List<Object> printed = new ArrayList<>();
    List<Throwable> thrown = new ArrayList<>();
    server.enqueue(canaryToken());
    server.enqueue(json(200, fixture("workorders.get", "ok")));
    server.enqueue(json(401, "{\"Message\":\"Authorization has been denied for this request.\"}"));
    server.enqueue(canaryToken());
    server.enqueue(json(200, fixture("workorders.list", "ok")));
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").body("{\"Reason\":\"throttled\"}").build());
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "{\"ErrorCode\":501,\"ErrorMessage\":\"Internal server error\"}"));
    }
    server.enqueue(json(200, fixture("workorders.get", "malformed")));
    server.enqueue(json(400, "{\"error\":\"invalid_grant\",\"password\":\"" + CANARY + "\"}"));

    try (ServiceChannelClient sc =
        MockServers.client(server, time)
            .clientSecret(Secret.of(CANARY))
            .password(Secret.of(CANARY))
            .build()) {
      printed.add(sc);
      WorkOrder order = sc.workOrders().get(2147483000L);
      printed.add(order);
      List<WorkOrder> page = sc.workOrders().list(WorkOrderQuery.all()).stream().toList();
      printed.addAll(page);
      record(thrown, () -> sc.workOrders().get(1L));
      record(thrown, () -> sc.workOrders().get(2L));
      record(thrown, () -> sc.workOrders().get(3L));
      record(thrown, () -> sc.workOrders().get(4L));
    }
    WebhookVerifier verifier = new WebhookVerifier(Secret.of(CANARY));
    printed.add(verifier);
    printed.add(
        WebhookEvents.parse("{\"EventType\":\"WorkOrderCreated\",\"Object\":{\"Id\":5}}".getBytes(StandardCharsets.UTF_8))
            .orElseThrow());
    printed.add(
        AttachmentUpload.builder().fileName("a.txt").mediaType("text/plain").content(CANARY.getBytes(StandardCharsets.UTF_8)).build());

    assertThat(thrown).hasSizeGreaterThanOrEqualTo(3);
    for (Throwable t : thrown) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(CANARY);
    }
    for (Object o : printed) {
      assertThat(o.toString()).doesNotContain(CANARY);
    }
    assertThat(appender.list).isNotEmpty();
    for (ILoggingEvent event : appender.list) {
      assertThat(event.getFormattedMessage()).doesNotContain(CANARY);
      if (event.getThrowableProxy() != null) {
        assertThat(event.getThrowableProxy().getMessage()).doesNotContain(CANARY);
      }
    }
  }

  private static void record(List<Throwable> thrown, Supplier<Object> call) {
    try {
      call.get();
    } catch (RuntimeException e) {
      thrown.add(e);
    }
  }

  private static void record(List<Throwable> thrown, Runnable call) {
    record(thrown, () -> {
      call.run();
      return null;
    });
  }
}
