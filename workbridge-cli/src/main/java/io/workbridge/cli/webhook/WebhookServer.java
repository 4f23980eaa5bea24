package io.workbridge.cli.webhook;

import com.sun.net.httpserver.HttpServer;
import io.workbridge.leads.webhook.AlertWebhookVerifier;
import io.workbridge.servicechannel.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server of the webhook endpoints in {@link WebhookSettings}. Each verified delivery runs
 * its endpoint's trigger (which should only ask for a sync, not run one: senders expect an answer within
 * seconds); refused deliveries trigger nothing.
 *
 * <p>Hostile or broken clients cannot silence it:
 *
 * <ul>
 *   <li>requests are handled on a fixed pool of {@link WebhookSettings#threads()} daemon threads, with at most
 *       {@link WebhookSettings#maxQueued()} connections waiting for one; a connection arriving when the queue
 *       is full is closed at once;
 *   <li>a client has {@link WebhookSettings#headerTimeout()}, from the moment a worker starts reading it, to send its
 *       request line and headers, then {@link WebhookSettings#bodyTimeout()} to send its body; a client that trickles or
 *       stalls is disconnected and its worker freed (a watchdog checks several times per second);
 *   <li>it listens on {@link WebhookSettings#bindAddress()} only (loopback by default);
 *   <li>refusals are logged at WARN once per endpoint and reason, then counted and summarised at most once a
 *       minute (each one at DEBUG);
 *   <li>an identical signed ServiceChannel delivery within {@link WebhookSettings#replayWindow()} is
 *       acknowledged without a second sync.
 * </ul>
 *
 * <p>No JVM-wide setting (such as the JDK server's {@code sun.net.httpserver.*} system properties) is read or
 * changed: every limit belongs to this server.
 *
 * <pre>{@code
 * try (WebhookServer server = WebhookServer.start(settings, clock,
 *     () -> bridge.trigger(WorkBridge.WORK_ORDERS), () -> bridge.trigger(WorkBridge.LEADS))) {
 *   ...
 * }
 * }</pre>
 */
public final class WebhookServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService watchdog;
  private final RefusalLog refusals;

  private WebhookServer(HttpServer server, ThreadPoolExecutor workers, ScheduledExecutorService watchdog, RefusalLog refusals) {
    this.server = server;
    this.workers = workers;
    this.watchdog = watchdog;
    this.refusals = refusals;
  }

  /**
   * Starts serving the configured endpoints.
   *
   * @param settings the address, port, limits and endpoints
   * @param clock the time the vendor's delivery timestamps and the replay window are checked against
   * @param serviceChannelDelivered runs for each verified ServiceChannel delivery
   * @param leadsDelivered runs for each verified leads vendor delivery
   * @return the running server
   * @throws IllegalStateException when the address cannot be resolved or bound
   */
  public static WebhookServer start(
      WebhookSettings settings, Clock clock, Runnable serviceChannelDelivered, Runnable leadsDelivered) {
    return start(settings, clock, serviceChannelDelivered, leadsDelivered, RefusalLog.perMinute());
  }

  static WebhookServer start(
      WebhookSettings settings, Clock clock, Runnable serviceChannelDelivered, Runnable leadsDelivered, RefusalLog refusals) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(serviceChannelDelivered, "serviceChannelDelivered");
    Objects.requireNonNull(leadsDelivered, "leadsDelivered");
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port());
    } catch (UnknownHostException unknown) {
      throw new IllegalStateException("webhooks cannot listen on " + settings.bindAddress() + ": unknown host", unknown);
    }
    HttpServer server;
    try {
      server = HttpServer.create(address, settings.maxQueued());
    } catch (IOException unavailable) {
      throw new IllegalStateException(
          "webhooks cannot listen on " + settings.bindAddress() + " port " + settings.port() + ": " + unavailable.getMessage(),
          unavailable);
    }
    Deadlines deadlines = new Deadlines(refusals);
    WebhookHandler.Limits limits =
        new WebhookHandler.Limits(settings.maxBodyBytes(), settings.bodyTimeout(), deadlines, refusals);
    RecentDeliveries recent = new RecentDeliveries(settings.replayWindow(), clock);
    settings
        .serviceChannel()
        .ifPresent(
            endpoint ->
                server.createContext(
                    endpoint.path(),
                    new ServiceChannelWebhook(
                        endpoint.path(), limits, new WebhookVerifier(endpoint.key()), recent, serviceChannelDelivered)));
    settings
        .leads()
        .ifPresent(
            endpoint ->
                server.createContext(
                    endpoint.path(),
                    new LeadsWebhook(
                        endpoint.path(),
                        limits,
                        AlertWebhookVerifier.builder().secret(endpoint.key()).clock(clock).build(),
                        leadsDelivered)));
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            settings.threads(),
            settings.threads(),
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(settings.maxQueued()),
            task -> daemon(task, "workbridge-webhook-" + threads.incrementAndGet()));
    Duration headerTimeout = settings.headerTimeout();
    Executor watched =
        exchange -> {
          try {
            workers.execute(
                () -> {
                  deadlines.watch(Deadlines.Phase.HEADERS, headerTimeout);
                  try {
                    exchange.run();
                  } finally {
                    deadlines.release();
                  }
                });
          } catch (RejectedExecutionException busy) {
            refusals.refused("the webhook server", "every worker busy and the queue full, connection closed");
            // The JDK server closes the connection when its executor refuses the exchange.
            throw busy;
          }
        };
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "workbridge-webhook-watchdog"));
    long period = checkPeriod(settings).toMillis();
    watchdog.scheduleWithFixedDelay(
        () -> {
          deadlines.check();
          refusals.flush(false);
        },
        period,
        period,
        TimeUnit.MILLISECONDS);
    server.setExecutor(watched);
    server.start();
    WebhookServer started = new WebhookServer(server, workers, watchdog, refusals);
    LOG.info("Webhooks listening on {} port {}: {}", settings.bindAddress(), started.address().getPort(), settings);
    return started;
  }

  /** A quarter of the shorter timeout, between 10 ms and 1 s. */
  private static Duration checkPeriod(WebhookSettings settings) {
    Duration shorter = settings.headerTimeout().compareTo(settings.bodyTimeout()) < 0 ? settings.headerTimeout() : settings.bodyTimeout();
    long millis = Math.max(10, Math.min(1000, shorter.toMillis() / 4));
    return Duration.ofMillis(millis);
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /**
   * {@return the address the server listens on (its port is the one picked when the settings asked for 0)}
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Stops at once and releases the port. A delivery cut short gets no 2xx, so its sender retries it (both
   * senders do), and polling picks up the change anyway. Refusals not yet summarised are logged.
   */
  @Override
  public void close() {
    server.stop(0);
    watchdog.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    refusals.flush(true);
    LOG.info("Webhooks stopped");
  }
}
