package io.workbridge.client.spi.auth;

import io.workbridge.client.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth2 client-credentials grant: posts {@code grant_type=client_credentials}, {@code client_id} and
 * {@code client_secret} as a form . Cached, renewed 60 s
 * before expiry, single-flight.
 */
public final class ClientCredentialsTokenSource extends OAuthTokenSource {
  private final String clientId;
  private final Secret clientSecret;

  private ClientCredentialsTokenSource(Builder builder) {
    super(
        new TokenEndpoint(builder.tokenUrl(), builder.httpClient(), null, null),
        builder.clock,
        builder.sleeper,
        builder.minimumInterval);
    this.clientId = builder.clientId;
    this.clientSecret = Objects.requireNonNull(builder.clientSecret);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected Map<String, String> form(@Nullable AccessToken previous) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret.reveal());
    return form;
  }

  @Override
  public String description() {
    return "client_credentials";
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenSource{clientId=" + clientId + ", clientSecret=****}";
  }

  /** Builds a {@link ClientCredentialsTokenSource}. */
  public static final class Builder extends TokenSourceBuilder<Builder> {
    private String clientId = "";
    private @Nullable Secret clientSecret;

    private Builder() {}

    /**
     * The OAuth client id.
     *
     * @param clientId the OAuth client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The OAuth client secret.
     *
     * @param clientSecret the OAuth client secret
     * @return this builder
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the token source
     */
    public ClientCredentialsTokenSource build() {
      if (clientId.isBlank() || clientSecret == null) {
        throw new IllegalStateException(
            "missing required settings:" + (clientId.isBlank() ? " clientId" : "")
                + (clientSecret == null ? " clientSecret" : ""));
      }
      return new ClientCredentialsTokenSource(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
