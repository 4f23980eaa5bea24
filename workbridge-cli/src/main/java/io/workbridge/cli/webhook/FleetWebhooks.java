package io.workbridge.cli.webhook;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFleet;
import io.workbridge.runtime.config.WorkBridgeConfig;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook endpoints of every connection of a {@link WorkBridgeFleet}: each connection whose file enables
 * webhooks gets its own server (its own port and signing keys, from its {@code webhooks} section) while its
 * bridge runs; a connection restarted with a changed file gets a new one, a removed one loses it.
 */
public final class FleetWebhooks implements WorkBridgeFleet.ConnectionListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FleetWebhooks.class);

  private final Clock clock;
  private final Map<String, WebhookServer> servers = new TreeMap<>();

  /**
   * Creates the listener; give it to {@link WorkBridgeFleet.Builder#listener}.
   *
   * @param clock the time deliveries' timestamps and replay windows are checked against
   */
  public FleetWebhooks(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized void started(WorkBridgeConfig config, WorkBridge bridge) {
    BridgeWebhooks.settings(config.webhooks())
        .ifPresent(
            settings -> {
              WebhookServer server = BridgeWebhooks.start(bridge, settings, clock);
              servers.put(config.connectionId(), server);
              LOG.info("webhooks of connection {} listening on port {}", config.connectionId(), server.address().getPort());
            });
  }

  @Override
  public synchronized void stopping(String connectionId) {
    WebhookServer server = servers.remove(connectionId);
    if (server != null) {
      server.close();
    }
  }

  /** {@return where each connection's webhook endpoints listen, by connection id} */
  public synchronized Map<String, InetSocketAddress> addresses() {
    Map<String, InetSocketAddress> addresses = new TreeMap<>();
    servers.forEach((connection, server) -> addresses.put(connection, server.address()));
    return addresses;
  }

  /** Closes every server still open. */
  @Override
  public synchronized void close() {
    servers.values().forEach(WebhookServer::close);
    servers.clear();
  }
}
