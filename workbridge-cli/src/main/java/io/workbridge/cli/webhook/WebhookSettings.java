package io.workbridge.cli.webhook;

import io.workbridge.client.Secret;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which webhook endpoints to serve and how: the address and port, the largest body accepted, the worker
 * threads and the queue in front of them, how long a client may take to send its headers and its body, the
 * window in which an identical ServiceChannel delivery is acknowledged without a second sync, and for each
 * system its path and signing key. An endpoint is served only when it is configured. Immutable; {@code
 * toString()} never shows a key.
 */
public final class WebhookSettings {
  /** The default largest body accepted (256 KiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

  /** The default address to listen on: loopback only, for a reverse proxy on the same host. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  /** The default number of worker threads. */
  public static final int DEFAULT_THREADS = 8;

  /** The default number of connections that may wait for a worker (and the listen backlog). */
  public static final int DEFAULT_MAX_QUEUED = 64;

  /** The default time a client has to send its request line and headers. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);

  /** The default time a client has to send its body once its headers arrived. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);

  /** The default window in which an identical signed ServiceChannel delivery is acknowledged only once. */
  public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);

  private final String bindAddress;
  private final int port;
  private final int maxBodyBytes;
  private final int threads;
  private final int maxQueued;
  private final Duration headerTimeout;
  private final Duration bodyTimeout;
  private final Duration replayWindow;
  private final @Nullable Endpoint serviceChannel;
  private final @Nullable Endpoint leads;

  /**
   * One endpoint.
   *
   * @param path the request path it answers, e.g. {@code /webhooks/servicechannel}
   * @param key the key the sender signs deliveries with
   */
  public record Endpoint(String path, Secret key) {
    /**
     * Checks the path is absolute.
     *
     * @param path the request path it answers, e.g. {@code /webhooks/servicechannel}
     * @param key the key the sender signs deliveries with
     */
    public Endpoint {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(key, "key");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("a webhook path must start with '/', was '" + path + "'");
      }
    }
  }

  private WebhookSettings(Builder builder) {
    this.bindAddress = builder.bindAddress;
    this.port = builder.port;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.threads = builder.threads;
    this.maxQueued = builder.maxQueued;
    this.headerTimeout = builder.headerTimeout;
    this.bodyTimeout = builder.bodyTimeout;
    this.replayWindow = builder.replayWindow;
    this.serviceChannel = builder.serviceChannel;
    this.leads = builder.leads;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the address (IP literal or host name) to listen on; {@code 0.0.0.0} for every interface} */
  public String bindAddress() {
    return bindAddress;
  }

  /** {@return the port to listen on; 0 picks a free one} */
  public int port() {
    return port;
  }

  /** {@return the largest request body accepted; larger deliveries are answered 413} */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** {@return how many deliveries are handled at once, each on its own worker thread} */
  public int threads() {
    return threads;
  }

  /**
   * {@return how many connections may wait for a worker; more are closed at once} Also the listen backlog of
   * the socket.
   */
  public int maxQueued() {
    return maxQueued;
  }

  /**
   * {@return how long a client may take, from the moment a worker starts reading its first bytes (waiting in
   * the queue does not count), to send its request line and headers; a client still sending them then is
   * disconnected}
   */
  public Duration headerTimeout() {
    return headerTimeout;
  }

  /**
   * {@return how long a client may take to send its whole body once its headers arrived; then it is
   * disconnected}
   */
  public Duration bodyTimeout() {
    return bodyTimeout;
  }

  /**
   * {@return how long an identical signed ServiceChannel delivery (same signature, same body) is acknowledged
   * without triggering the stream again; {@link Duration#ZERO} turns this off}
   */
  public Duration replayWindow() {
    return replayWindow;
  }

  /** {@return the ServiceChannel endpoint ({@code Sign-Data}), when served} */
  public Optional<Endpoint> serviceChannel() {
    return Optional.ofNullable(serviceChannel);
  }

  /** {@return the leads vendor endpoint ({@code X-Alert-Signature}), when served} */
  public Optional<Endpoint> leads() {
    return Optional.ofNullable(leads);
  }

  @Override
  public String toString() {
    return "WebhookSettings{bindAddress=" + bindAddress + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes
        + ", threads=" + threads + ", maxQueued=" + maxQueued + ", headerTimeout=" + headerTimeout
        + ", bodyTimeout=" + bodyTimeout + ", replayWindow=" + replayWindow
        + serviceChannel().map(e -> ", serviceChannel=" + e.path()).orElse("")
        + leads().map(e -> ", leads=" + e.path()).orElse("") + "}";
  }

  /** Builds {@link WebhookSettings}; at least one endpoint is required. */
  public static final class Builder {
    private String bindAddress = DEFAULT_BIND_ADDRESS;
    private int port;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int threads = DEFAULT_THREADS;
    private int maxQueued = DEFAULT_MAX_QUEUED;
    private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private Duration replayWindow = DEFAULT_REPLAY_WINDOW;
    private @Nullable Endpoint serviceChannel;
    private @Nullable Endpoint leads;

    private Builder() {}

    /**
     * The port to listen on, 0 to pick a free one (default 0).
     *
     * @param port the port to listen on, 0 to pick a free one (default 0)
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on (default {@code 127.0.0.1}); {@code 0.0.0.0} listens on every interface.
     *
     * @param bindAddress the address to listen on (default {@code 127.0.0.1}); {@code 0.0.0.0} listens on
     *     every interface
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      Objects.requireNonNull(bindAddress, "bindAddress");
      if (bindAddress.isBlank()) {
        throw new IllegalArgumentException("bindAddress must not be blank");
      }
      this.bindAddress = bindAddress.strip();
      return this;
    }

    /**
     * How many deliveries are handled at once (default 8).
     *
     * @param threads how many deliveries are handled at once (default 8)
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * How many connections may wait for a worker before more are closed (default 64).
     *
     * @param maxQueued how many connections may wait for a worker before more are closed (default 64)
     * @return this builder
     */
    public Builder maxQueued(int maxQueued) {
      if (maxQueued < 1) {
        throw new IllegalArgumentException("maxQueued must be positive, was " + maxQueued);
      }
      this.maxQueued = maxQueued;
      return this;
    }

    /**
     * How long a client may take to send its request line and headers (default 10 s).
     *
     * @param headerTimeout how long a client may take to send its request line and headers (default 10 s)
     * @return this builder
     */
    public Builder headerTimeout(Duration headerTimeout) {
      this.headerTimeout = positive(headerTimeout, "headerTimeout");
      return this;
    }

    /**
     * How long a client may take to send its body once its headers arrived (default 10 s).
     *
     * @param bodyTimeout how long a client may take to send its body once its headers arrived (default 10 s)
     * @return this builder
     */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = positive(bodyTimeout, "bodyTimeout");
      return this;
    }

    /**
     * How long an identical signed ServiceChannel delivery is acknowledged only once (default 5 min; 0 for
     * off).
     *
     * @param replayWindow how long an identical signed ServiceChannel delivery is acknowledged only once
     *     (default 5 min; 0 for off)
     * @return this builder
     */
    public Builder replayWindow(Duration replayWindow) {
      Objects.requireNonNull(replayWindow, "replayWindow");
      if (replayWindow.isNegative()) {
        throw new IllegalArgumentException("replayWindow must not be negative, was " + replayWindow);
      }
      this.replayWindow = replayWindow;
      return this;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }

    /**
     * The largest request body accepted (default 256 KiB).
     *
     * @param maxBodyBytes the largest request body accepted (default 256 KiB)
     * @return this builder
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Serves ServiceChannel's webhooks at {@code path}, verified with the account's signing key.
     *
     * @param path the endpoint's path
     * @param signingKey the signing key
     * @return this builder
     */
    public Builder serviceChannel(String path, Secret signingKey) {
      this.serviceChannel = new Endpoint(path, signingKey);
      return this;
    }

    /**
     * Serves the leads vendor's webhooks at {@code path}, verified with the shared webhook secret.
     *
     * @param path the endpoint's path
     * @param secret the shared signing secret
     * @return this builder
     */
    public Builder leads(String path, Secret secret) {
      this.leads = new Endpoint(path, secret);
      return this;
    }

    /**
     * Builds the settings.
     *
     * @throws IllegalStateException without any endpoint, or when both share a path
     * @return the settings
     */
    public WebhookSettings build() {
      if (serviceChannel == null && leads == null) {
        throw new IllegalStateException("WebhookSettings cannot be built; missing: serviceChannel-or-leads");
      }
      if (serviceChannel != null && leads != null && serviceChannel.path().equals(leads.path())) {
        throw new IllegalStateException("the ServiceChannel and leads webhooks share the path " + leads.path());
      }
      return new WebhookSettings(this);
    }
  }
}
