package io.workbridge.cli.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.workbridge.client.Secret;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The webhook server against hostile or broken clients, over real sockets on loopback: slow clients do not
 * silence it, a client that trickles is cut off, a replayed ServiceChannel delivery syncs once, refusals do
 * not flood the log, and the bind address is honoured. Time limits are short here (half a second) so that
 * the tests run in seconds; the only timed assertions are generous upper bounds.
 */
class WebhookHardeningTest {
  private static final String SC_PATH = "/webhooks/servicechannel";
  private static final String SC_KEY = "sc-signing-key-7f1";
  private static final String EVENT =
      "{\"EventType\":\"WorkOrderCreated\",\"Action\":\"NEW\",\"Type\":\"WoRootNotification\",\"Version\":1,"
          + "\"Object\":{\"Id\":84000123,\"SubscriberId\":2014917243}}";
  private static final Duration SHORT = Duration.ofMillis(500);
  private static final int GENEROUS_MILLIS = 15_000;

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T14:00:00Z"));
  private final AtomicInteger triggers = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Socket> sockets = new ArrayList<>();
  private WebhookServer server;

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private WebhookSettings.Builder settings() {
    return WebhookSettings.builder().port(0).maxBodyBytes(4096).serviceChannel(SC_PATH, Secret.of(SC_KEY));
  }

  private void start(WebhookSettings settings) {
    server = WebhookServer.start(settings, clock, triggers::incrementAndGet, () -> {});
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + SC_PATH);
  }

  private HttpResponse<String> postSigned(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri())
            .timeout(Duration.ofMillis(GENEROUS_MILLIS))
            .header("Sign-Data", ServiceChannelSimulator.sign(body, SC_KEY))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A raw connection that has sent {@code partial} and then stalls. */
  private Socket stalled(String partial) throws IOException {
    Socket socket = new Socket("127.0.0.1", server.address().getPort());
    sockets.add(socket);
    socket.setSoTimeout(GENEROUS_MILLIS);
    socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** Whether the server closed the connection (end of stream or reset) before the generous bound. */
  private static boolean closedByServer(Socket socket) throws IOException {
    try {
      return socket.getInputStream().read() == -1;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (SocketException reset) {
      return true;
    }
  }

  private static String headersOnly(int contentLength) {
    return "POST " + SC_PATH + " HTTP/1.1\r\nHost: localhost\r\nSign-Data: x\r\nContent-Length: " + contentLength + "\r\n\r\n";
  }

  @Test
  void slowClients_doNotStopAFastOne_andAreDisconnected() throws Exception {
    start(settings().threads(2).maxQueued(16).headerTimeout(SHORT).bodyTimeout(SHORT).build());
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      slow.add(stalled("POST " + SC_PATH + " HTTP/1.1\r\nHost: local"));
      slow.add(stalled(headersOnly(1000) + "{\"Event"));
    }

    HttpResponse<String> fast = postSigned(EVENT);

    assertThat(fast.statusCode()).isEqualTo(200);
    assertThat(triggers.get()).isEqualTo(1);
    for (Socket socket : slow) {
      assertThat(closedByServer(socket)).as("a stalled client is disconnected").isTrue();
    }
    assertThat(postSigned(EVENT.replace("84000123", "84000124")).statusCode()).isEqualTo(200);
    assertThat(triggers.get()).isEqualTo(2);
  }

  @Test
  void tricklingBody_isCutOff_andTriggersNothing() throws Exception {
    start(settings().headerTimeout(Duration.ofSeconds(10)).bodyTimeout(SHORT).build());
    Socket trickler = stalled(headersOnly(EVENT.length()));
    OutputStream out = trickler.getOutputStream();
    long started = System.nanoTime();
    boolean cutOff = false;
    for (int i = 0; i < EVENT.length() && !cutOff; i++) {
      try {
        out.write(EVENT.charAt(i));
        out.flush();
        Thread.sleep(50);
      } catch (IOException closed) {
        cutOff = true;
      }
    }
    if (!cutOff) {
      cutOff = closedByServer(trickler);
    }

    assertThat(cutOff).as("the trickling client is disconnected").isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(GENEROUS_MILLIS));
    assertThat(triggers.get()).isZero();
  }

  @Test
  void tricklingHeaders_areCutOff() throws Exception {
    start(settings().threads(1).headerTimeout(SHORT).bodyTimeout(Duration.ofSeconds(10)).build());
    Socket trickler = stalled("P");
    OutputStream out = trickler.getOutputStream();
    boolean cutOff = false;
    String rest = headersOnly(EVENT.length()).substring(1);
    for (int i = 0; i < rest.length() && !cutOff; i++) {
      try {
        out.write(rest.charAt(i));
        out.flush();
        Thread.sleep(50);
      } catch (IOException closed) {
        cutOff = true;
      }
    }
    if (!cutOff) {
      cutOff = closedByServer(trickler);
    }

    assertThat(cutOff).as("the client trickling its headers is disconnected").isTrue();
    assertThat(postSigned(EVENT).statusCode()).as("the only worker is free again").isEqualTo(200);
  }

  @Test
  void fullQueue_closesNewConnections_serverRecovers() throws Exception {
    start(settings().threads(1).maxQueued(1).headerTimeout(SHORT).bodyTimeout(SHORT).build());
    for (int i = 0; i < 4; i++) {
      stalled("POST " + SC_PATH + " HTTP/1.1\r\n");
    }
    for (Socket socket : sockets) {
      assertThat(closedByServer(socket)).isTrue();
    }

    assertThat(postSigned(EVENT).statusCode()).isEqualTo(200);
    assertThat(triggers.get()).isEqualTo(1);
  }

  @Test
  void identicalServiceChannelDelivery_withinTheWindow_isAcknowledgedOnce() throws Exception {
    start(settings().replayWindow(Duration.ofMinutes(5)).build());

    assertThat(postSigned(EVENT).statusCode()).isEqualTo(200);
    assertThat(postSigned(EVENT).statusCode()).as("the duplicate is acknowledged").isEqualTo(200);
    assertThat(triggers.get()).as("but syncs nothing").isEqualTo(1);

    assertThat(postSigned(EVENT.replace("NEW", "UPDATE")).statusCode()).isEqualTo(200);
    assertThat(triggers.get()).as("a different delivery syncs").isEqualTo(2);

    clock.advance(Duration.ofMinutes(6));
    assertThat(postSigned(EVENT).statusCode()).isEqualTo(200);
    assertThat(triggers.get()).as("after the window the same delivery syncs again").isEqualTo(3);
  }

  @Test
  void deliveryWhoseTriggerFailed_isHandledAgainWhenRetried() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server =
        WebhookServer.start(
            settings().build(),
            clock,
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("scheduler stopped");
              }
            },
            () -> {});

    assertThat(postSigned(EVENT).statusCode()).isEqualTo(500);
    assertThat(postSigned(EVENT).statusCode()).isEqualTo(200);
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void replayWindowZero_triggersEveryDelivery() throws Exception {
    start(settings().replayWindow(Duration.ZERO).build());

    postSigned(EVENT);
    postSigned(EVENT);

    assertThat(triggers.get()).isEqualTo(2);
  }

  @Test
  void refusals_areLoggedOnceAtWarn_eachAtDebug_neverWithSignatureOrBody() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger("io.workbridge.cli.webhook");
    Level previous = logger.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false); // captured here only: the build's console stays at WARN
    String forged = ServiceChannelSimulator.sign(EVENT, "someone-elses-key");
    try {
      start(settings().build());
      for (int i = 0; i < 30; i++) {
        HttpRequest request =
            HttpRequest.newBuilder(uri()).header("Sign-Data", forged).POST(HttpRequest.BodyPublishers.ofString(EVENT)).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
      }
    } finally {
      logger.detachAppender(appender);
      logger.setAdditive(true);
      logger.setLevel(previous);
    }

    List<ILoggingEvent> refusals =
        appender.list.stream().filter(e -> e.getLoggerName().equals(RefusalLog.class.getName())).toList();
    assertThat(refusals.stream().filter(e -> e.getLevel() == Level.WARN)).hasSize(1);
    assertThat(refusals.stream().filter(e -> e.getLevel() == Level.DEBUG)).hasSize(30);
    assertThat(appender.list.stream().map(ILoggingEvent::getFormattedMessage))
        .noneMatch(m -> m.contains(forged) || m.contains("84000123") || m.contains(SC_KEY));
    assertThat(triggers.get()).isZero();
  }

  @Test
  void refusalLog_summarisesTheCountAtMostOncePerInterval() {
    Logger logger = (Logger) LoggerFactory.getLogger(RefusalLog.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    AtomicLong now = new AtomicLong();
    RefusalLog log = new RefusalLog(Duration.ofMinutes(1), now::get);
    try {
      for (int i = 0; i < 5; i++) {
        log.refused("/hook", "bad signature");
      }
      log.refused("/hook", "body too large");
      log.flush(false);
      now.addAndGet(Duration.ofSeconds(61).toNanos());
      log.refused("/hook", "bad signature");
      log.refused("/hook", "bad signature");
      log.flush(false);
      now.addAndGet(Duration.ofSeconds(61).toNanos());
      log.flush(false);
      log.flush(true);
    } finally {
      logger.detachAppender(appender);
    }

    assertThat(appender.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage))
        .satisfiesExactly(
            first -> assertThat(first).startsWith("refused a webhook delivery to /hook: bad signature"),
            first -> assertThat(first).startsWith("refused a webhook delivery to /hook: body too large"),
            summary -> assertThat(summary).startsWith("refused 5 more webhook deliveries to /hook: bad signature"),
            summary -> assertThat(summary).startsWith("refused 1 more webhook deliveries to /hook: bad signature"));
  }

  @Test
  void bindAddress_isHonoured_loopbackByDefault() throws Exception {
    start(settings().build());
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    server.close();

    InetAddress second = InetAddress.getByName("127.0.0.2");
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(second, 0));
    } catch (IOException notConfigured) {
      Assumptions.abort("127.0.0.2 is not a local address here");
    }
    start(settings().bindAddress("127.0.0.2").build());
    int port = server.address().getPort();
    assertThat(server.address().getAddress()).isEqualTo(second);

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + port + SC_PATH))
            .header("Sign-Data", ServiceChannelSimulator.sign(EVENT, SC_KEY))
            .POST(HttpRequest.BodyPublishers.ofString(EVENT))
            .build();
    assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownBindAddress_failsToStart() {
    assertThatThrownBy(() -> start(settings().bindAddress("no-such-host.invalid").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-host.invalid");
  }
}
