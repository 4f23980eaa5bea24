package io.workbridge.client.spi.auth;

import io.workbridge.client.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth2 access token with its expiry and, for grants that issue one, a refresh token. {@link
 * #toString()} never shows either token.
 */
public final class AccessToken {
  private final Secret value;
  private final Instant expiresAt;
  private final @Nullable Secret refreshToken;
  private final @Nullable Instant refreshExpiresAt;

  /**
   * Creates a token.
   *
   * @param value the bearer token
   * @param expiresAt when the server stops accepting it
   * @param refreshToken the refresh token, if the grant issued one
   * @param refreshExpiresAt when the refresh token expires, if known
   */
  public AccessToken(
      Secret value,
      Instant expiresAt,
      @Nullable Secret refreshToken,
      @Nullable Instant refreshExpiresAt) {
    this.value = Objects.requireNonNull(value, "value");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    this.refreshToken = refreshToken;
    this.refreshExpiresAt = refreshExpiresAt;
  }

  /** {@return the bearer token} */
  public Secret value() {
    return value;
  }

  /** {@return when the server stops accepting the token} */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** {@return the refresh token, if the grant issued one} */
  public Optional<Secret> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * {@return whether a refresh token exists and has not expired at {@code now}}
   *
   * @param now the time to check at
   */
  public boolean canRefreshAt(Instant now) {
    return refreshToken != null && (refreshExpiresAt == null || now.isBefore(refreshExpiresAt));
  }

  /**
   * {@return whether the token expires within {@code margin} of {@code now} (and should be renewed)}
   *
   * @param margin how long before expiry counts as expiring
   * @param now the time to check at
   */
  public boolean expiresWithin(Duration margin, Instant now) {
    return !now.plus(margin).isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken{value=****, expiresAt=" + expiresAt
        + (refreshToken == null ? "" : ", refreshToken=****") + '}';
  }
}
