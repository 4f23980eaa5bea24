package io.workbridge.runtime.webhook;

import com.sun.net.httpserver.HttpServer;
import io.workbridge.leads.webhook.AlertWebhookVerifier;
import io.workbridge.servicechannel.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server of the webhook endpoints in {@link WebhookSettings}. Each verified delivery runs
 * its endpoint's trigger (which should only ask for a sync, not run one: senders expect an answer within
 * seconds); refused deliveries trigger nothing. Requests are handled on two daemon threads.
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
  private final ExecutorService executor;

  private WebhookServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving the configured endpoints.
   *
   * @param settings the port, the body limit and the endpoints
   * @param clock the time the vendor's delivery timestamps are checked against
   * @param serviceChannelDelivered runs for each verified ServiceChannel delivery
   * @param leadsDelivered runs for each verified leads vendor delivery
   * @return the running server
   * @throws IllegalStateException when the port cannot be bound
   */
  public static WebhookServer start(
      WebhookSettings settings, Clock clock, Runnable serviceChannelDelivered, Runnable leadsDelivered) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(serviceChannelDelivered, "serviceChannelDelivered");
    Objects.requireNonNull(leadsDelivered, "leadsDelivered");
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(settings.port()), 0);
    } catch (IOException unavailable) {
      throw new IllegalStateException(
          "webhooks cannot listen on port " + settings.port() + ": " + unavailable.getMessage(), unavailable);
    }
    settings
        .serviceChannel()
        .ifPresent(
            endpoint ->
                server.createContext(
                    endpoint.path(),
                    new ServiceChannelWebhook(
                        endpoint.path(), settings.maxBodyBytes(), new WebhookVerifier(endpoint.key()), serviceChannelDelivered)));
    settings
        .leads()
        .ifPresent(
            endpoint ->
                server.createContext(
                    endpoint.path(),
                    new LeadsWebhook(
                        endpoint.path(),
                        settings.maxBodyBytes(),
                        AlertWebhookVerifier.builder().secret(endpoint.key()).clock(clock).build(),
                        leadsDelivered)));
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "workbridge-webhook-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.start();
    WebhookServer started = new WebhookServer(server, executor);
    LOG.info("Webhooks listening on port {}: {}", started.address().getPort(), settings);
    return started;
  }

  /** The address the server listens on (its port is the one picked when the settings asked for 0). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Stops at once and releases the port. A delivery cut short gets no 2xx, so its sender retries it (both
   * senders do), and polling picks up the change anyway.
   */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Webhooks stopped");
  }
}
