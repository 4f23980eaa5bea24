package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Webhook endpoints on an embedded HTTP server while {@code run} runs: a verified delivery syncs its stream at
 * once, polling stays the backstop. An endpoint is served only when its signing key is set.
 */
@Value.Immutable
public interface WebhooksConfig {
  /** Default port. */
  int DEFAULT_PORT = 8080;

  /** Default path of the ServiceChannel endpoint. */
  String SERVICECHANNEL_PATH = "/webhooks/servicechannel";

  /** Default path of the leads vendor endpoint. */
  String LEADS_PATH = "/webhooks/leads";

  /** Default largest body accepted (256 KiB). */
  int MAX_BODY_BYTES = 256 * 1024;

  /** Default address to listen on: loopback only, for a reverse proxy on the same host. */
  String BIND_ADDRESS = "127.0.0.1";

  /** Default number of worker threads. */
  int THREADS = 8;

  /** Default number of connections that may wait for a worker. */
  int MAX_QUEUED = 64;

  /** {@return whether the endpoints are served (off by default)} */
  @Value.Default
  default boolean enabled() {
    return false;
  }

  /**
   * {@return the address to listen on (an IP literal or a host name): {@code 127.0.0.1} by default, {@code
   * 0.0.0.0} for every interface (when the reverse proxy runs on another host or container)}
   */
  @Value.Default
  default String bindAddress() {
    return BIND_ADDRESS;
  }

  /** {@return the port; 0 picks a free one} */
  @Value.Default
  default int port() {
    return DEFAULT_PORT;
  }

  /** {@return the ServiceChannel endpoint's path} */
  @Value.Default
  default String serviceChannelPath() {
    return SERVICECHANNEL_PATH;
  }

  /** {@return the key that signs ServiceChannel's {@code Sign-Data}; from an environment variable} */
  Optional<Secret> serviceChannelSecret();

  /** {@return the leads vendor endpoint's path} */
  @Value.Default
  default String leadsPath() {
    return LEADS_PATH;
  }

  /** {@return the secret that signs the vendor's {@code X-Alert-Signature}; from an environment variable} */
  Optional<Secret> leadsSecret();

  /** {@return the largest body accepted; larger deliveries are answered 413} */
  @Value.Default
  default int maxBodyBytes() {
    return MAX_BODY_BYTES;
  }

  /** {@return how many deliveries are handled at once, one worker thread each} */
  @Value.Default
  default int threads() {
    return THREADS;
  }

  /**
   * {@return how many connections may wait for a worker (also the listen backlog); more are closed at once}
   */
  @Value.Default
  default int maxQueued() {
    return MAX_QUEUED;
  }

  /** {@return how long a client may take to send its request line and headers before it is disconnected} */
  @Value.Default
  default Duration headerTimeout() {
    return Duration.ofSeconds(10);
  }

  /**
   * {@return how long a client may take to send its body, once its headers arrived, before it is
   * disconnected}
   */
  @Value.Default
  default Duration bodyTimeout() {
    return Duration.ofSeconds(10);
  }

  /**
   * {@return how long an identical signed ServiceChannel delivery (same signature and body) is acknowledged
   * without a second sync; {@code 0s} turns this off}
   */
  @Value.Default
  default Duration replayWindow() {
    return Duration.ofMinutes(5);
  }

  /** Checks the address, port, paths, body size, pool, timeouts and that an enabled server has an endpoint. */
  @Value.Check
  default void check() {
    Checks checks = new Checks();
    checks.require(
        Pattern.matches("[A-Za-z0-9._:%-]+", bindAddress()),
        "bindAddress",
        "expected an IP address or host name such as 127.0.0.1 or 0.0.0.0, was '" + bindAddress() + "'");
    checks.require(port() >= 0 && port() <= 65535, "port", "must be between 0 and 65535, was " + port());
    for (String key : new String[] {"serviceChannelPath", "leadsPath"}) {
      String path = key.equals("leadsPath") ? leadsPath() : serviceChannelPath();
      checks.require(
          Pattern.matches("/[A-Za-z0-9._~/-]*", path),
          key,
          "expected a path such as /webhooks/leads (letters, digits, . _ ~ - and /), was '" + path + "'");
    }
    checks.require(!leadsPath().equals(serviceChannelPath()), "leadsPath", "must differ from serviceChannelPath, both are " + leadsPath());
    checks.require(
        maxBodyBytes() >= 1024 && maxBodyBytes() <= 16 * 1024 * 1024,
        "maxBodyBytes",
        "must be between 1024 and 16777216, was " + maxBodyBytes());
    checks.require(threads() >= 1 && threads() <= 256, "threads", "must be between 1 and 256, was " + threads());
    checks.require(maxQueued() >= 1 && maxQueued() <= 10_000, "maxQueued", "must be between 1 and 10000, was " + maxQueued());
    checks.positive(headerTimeout(), "headerTimeout").positive(bodyTimeout(), "bodyTimeout").notNegative(replayWindow(), "replayWindow");
    checks.require(
        !enabled() || serviceChannelSecret().isPresent() || leadsSecret().isPresent(),
        "enabled",
        "is true, but neither serviceChannelSecret nor leadsSecret is set: no endpoint to serve");
    checks.done("webhooks");
  }

  /** {@return off, with every default} */
  static WebhooksConfig defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhooksConfig} instances. */
  final class Builder extends ImmutableWebhooksConfig.Builder {}
}
