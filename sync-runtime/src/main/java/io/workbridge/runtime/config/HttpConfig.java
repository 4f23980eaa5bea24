package io.workbridge.runtime.config;

import io.workbridge.client.spi.AbstractClientBuilder;
import java.time.Duration;
import org.immutables.value.Value;

/** The HTTP timeouts of the three API clients (the clients' own defaults unless set). */
@Value.Immutable
public interface HttpConfig {
  /** {@return how long establishing a connection may take (default 10 s)} */
  @Value.Default
  default Duration connectTimeout() {
    return Duration.ofSeconds(10);
  }

  /** {@return how long the server may stay silent while answering (default 30 s)} */
  @Value.Default
  default Duration readTimeout() {
    return Duration.ofSeconds(30);
  }

  /** {@return how long sending a request body may stall (default 30 s)} */
  @Value.Default
  default Duration writeTimeout() {
    return Duration.ofSeconds(30);
  }

  /**
   * {@return how long one whole call may take, its retries and their waits included (default 90 s); {@code
   * 0s} for no limit} Bounds a server that trickles its answer, which the read timeout does not stop.
   */
  @Value.Default
  default Duration callTimeout() {
    return AbstractClientBuilder.DEFAULT_CALL_TIMEOUT;
  }

  /** Checks no timeout is negative. */
  @Value.Check
  default void check() {
    new Checks()
        .positive(connectTimeout(), "connectTimeout")
        .positive(readTimeout(), "readTimeout")
        .positive(writeTimeout(), "writeTimeout")
        .notNegative(callTimeout(), "callTimeout")
        .done("http");
  }

  /** {@return every default} */
  static HttpConfig defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HttpConfig} instances. */
  final class Builder extends ImmutableHttpConfig.Builder {}
}
