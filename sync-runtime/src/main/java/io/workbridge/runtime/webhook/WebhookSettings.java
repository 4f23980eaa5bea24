package io.workbridge.runtime.webhook;

import io.workbridge.client.Secret;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which webhook endpoints to serve and where: the port, the largest body accepted, and for each system its
 * path and signing key. An endpoint is served only when it is configured. Immutable; {@code toString()}
 * never shows a key.
 */
public final class WebhookSettings {
  /** The default largest body accepted (256 KiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

  private final int port;
  private final int maxBodyBytes;
  private final @Nullable Endpoint serviceChannel;
  private final @Nullable Endpoint leads;

  /**
   * One endpoint.
   *
   * @param path the request path it answers, e.g. {@code /webhooks/servicechannel}
   * @param key the key the sender signs deliveries with
   */
  public record Endpoint(String path, Secret key) {
    /** Checks the path is absolute. */
    public Endpoint {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(key, "key");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("a webhook path must start with '/', was '" + path + "'");
      }
    }
  }

  private WebhookSettings(Builder builder) {
    this.port = builder.port;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.serviceChannel = builder.serviceChannel;
    this.leads = builder.leads;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port to listen on; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** The largest request body accepted; larger deliveries are answered 413. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The ServiceChannel endpoint ({@code Sign-Data}), when served. */
  public Optional<Endpoint> serviceChannel() {
    return Optional.ofNullable(serviceChannel);
  }

  /** The leads vendor endpoint ({@code X-Alert-Signature}), when served. */
  public Optional<Endpoint> leads() {
    return Optional.ofNullable(leads);
  }

  @Override
  public String toString() {
    return "WebhookSettings{port=" + port + ", maxBodyBytes=" + maxBodyBytes
        + serviceChannel().map(e -> ", serviceChannel=" + e.path()).orElse("")
        + leads().map(e -> ", leads=" + e.path()).orElse("") + "}";
  }

  /** Builds {@link WebhookSettings}; at least one endpoint is required. */
  public static final class Builder {
    private int port;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private @Nullable Endpoint serviceChannel;
    private @Nullable Endpoint leads;

    private Builder() {}

    /** The port to listen on, 0 to pick a free one (default 0). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The largest request body accepted (default 256 KiB). */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** Serves ServiceChannel's webhooks at {@code path}, verified with the account's signing key. */
    public Builder serviceChannel(String path, Secret signingKey) {
      this.serviceChannel = new Endpoint(path, signingKey);
      return this;
    }

    /** Serves the leads vendor's webhooks at {@code path}, verified with the shared webhook secret. */
    public Builder leads(String path, Secret secret) {
      this.leads = new Endpoint(path, secret);
      return this;
    }

    /**
     * Builds the settings.
     *
     * @throws IllegalStateException without any endpoint, or when both share a path
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
