package io.workbridge.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-call settings that override the client's: a timeout for the whole call, an idempotency key (which also
 * makes a POST safe to retry), and extra headers. Immutable; build with {@link #builder()}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable String idempotencyKey;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.idempotencyKey = builder.idempotencyKey;
    this.headers = Map.copyOf(builder.headers);
  }

  /** {@return no overrides} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the timeout for the whole call (all retries included), if overridden} */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** {@return the idempotency key, if any; a call carrying one may be retried even if it is a POST} */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** {@return extra headers to send} */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    // Header values may be credentials: print only their names.
    return "RequestOptions{timeout=" + timeout + ", idempotencyKey=" + idempotencyKey + ", headers="
        + headers.keySet() + '}';
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Timeout for the whole call.
     *
     * @param timeout timeout for the whole call
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * An idempotency key: trimmed, non-empty, at most 255 characters.
     *
     * @param key an idempotency key: trimmed, non-empty, at most 255 characters
     * @return this builder
     */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "idempotencyKey");
      String trimmed = key.trim();
      if (trimmed.isEmpty() || trimmed.length() > 255) {
        throw new IllegalArgumentException("an idempotency key must have 1 to 255 characters");
      }
      this.idempotencyKey = trimmed;
      return this;
    }

    /**
     * Adds a header sent with this call only.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder putHeader(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the immutable options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
