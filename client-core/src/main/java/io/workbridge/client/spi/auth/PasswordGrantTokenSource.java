package io.workbridge.client.spi.auth;

import io.workbridge.client.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth2 resource-owner password grant with HTTP Basic client authentication, renewed with {@code
 * grant_type=refresh_token} while the refresh token lasts. When a refresh is
 * refused, one full password grant follows. Cached, renewed 60 s before expiry, single-flight; set {@link
 * TokenSourceBuilder#minimumInterval} for endpoints that throttle token calls.
 */
public final class PasswordGrantTokenSource extends OAuthTokenSource {
  private final String username;
  private final Secret password;

  private PasswordGrantTokenSource(Builder builder) {
    super(
        new TokenEndpoint(
            builder.tokenUrl(), builder.httpClient(), builder.clientId, builder.clientSecret),
        builder.clock,
        builder.sleeper,
        builder.minimumInterval);
    this.username = builder.username;
    this.password = Objects.requireNonNull(builder.password);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected Map<String, String> form(@Nullable AccessToken previous) {
    Map<String, String> form = new LinkedHashMap<>();
    if (previous != null && previous.canRefreshAt(now())) {
      form.put("grant_type", "refresh_token");
      form.put("refresh_token", previous.refreshToken().orElseThrow().reveal());
    } else {
      form.put("grant_type", "password");
      form.put("username", username);
      form.put("password", password.reveal());
    }
    return form;
  }

  @Override
  public String description() {
    return "password";
  }

  @Override
  public String toString() {
    return "PasswordGrantTokenSource{username=" + username + ", password=****, clientSecret=****}";
  }

  /** Builds a {@link PasswordGrantTokenSource}; every field is required. */
  public static final class Builder extends TokenSourceBuilder<Builder> {
    private @Nullable String clientId;
    private @Nullable Secret clientSecret;
    private String username = "";
    private @Nullable Secret password;

    private Builder() {}

    /**
     * The OAuth client id, sent with HTTP Basic.
     *
     * @param clientId the OAuth client id, sent with HTTP Basic
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The OAuth client secret, sent with HTTP Basic.
     *
     * @param clientSecret the OAuth client secret, sent with HTTP Basic
     * @return this builder
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The API user's name.
     *
     * @param username the API user's name
     * @return this builder
     */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username");
      return this;
    }

    /**
     * The API user's password.
     *
     * @param password the API user's password
     * @return this builder
     */
    public Builder password(Secret password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Builds the source, naming every missing field.
     *
     * @return the token source
     */
    public PasswordGrantTokenSource build() {
      StringBuilder missing = new StringBuilder();
      if (clientId == null || clientId.isBlank()) {
        missing.append(" clientId");
      }
      if (clientSecret == null) {
        missing.append(" clientSecret");
      }
      if (username.isBlank()) {
        missing.append(" username");
      }
      if (password == null) {
        missing.append(" password");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException("missing required settings:" + missing);
      }
      return new PasswordGrantTokenSource(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
