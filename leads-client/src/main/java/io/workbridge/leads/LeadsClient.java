package io.workbridge.leads;

import com.squareup.moshi.Moshi;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Secret;
import io.workbridge.client.spi.AbstractClientBuilder;
import io.workbridge.client.spi.ClientSettings;
import io.workbridge.client.spi.auth.ClientCredentialsTokenSource;
import io.workbridge.client.spi.http.ApiRuntime;
import io.workbridge.client.spi.json.JsonSupport;
import io.workbridge.leads.internal.AlertParser;
import io.workbridge.leads.internal.HttpAccountsResource;
import io.workbridge.leads.internal.HttpAlertsResource;
import io.workbridge.leads.internal.LeadsApi;
import io.workbridge.leads.internal.LeadsCalls;
import io.workbridge.leads.internal.LeadsErrorParser;
import io.workbridge.leads.resource.AccountsResource;
import io.workbridge.leads.resource.AlertsResource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Client for the leads vendor's partner alerts API (contract v1): dealer accounts and profiles, the "updated
 * since" alert feed, single alerts and the outcome write-back.
 *
 * <pre>{@code
 * try (LeadsClient leads = LeadsClient.builder()
 *     .baseUrl("https://partner-api.vendor.example/")     // required: there is no public host
 *     .clientId(clientId)
 *     .clientSecret(Secret.of(clientSecret))
 *     .build()) {
 *   for (Account account : leads.accounts().list()) { ... }
 * }
 * }</pre>
 *
 * <p>Authenticates with the OAuth2 client-credentials grant at {@code POST {baseUrl}/oauth/token} (token
 * cached and renewed before expiry; a 401 refreshes it once). Limits itself to 20 requests per second by
 * default (the vendor answers 429 above that), retries connect failures, and retries 429/502/503/504 for
 * reads and for the idempotent outcome write-back. Immutable and thread-safe; {@link #close()} releases the
 * connections it created.
 */
public final class LeadsClient implements AutoCloseable {
  /** Requests per second allowed by the vendor per client, and this client's default rate limit. */
  public static final int DEFAULT_REQUESTS_PER_SECOND = 20;

  /** The default {@code limit} of feed pages. */
  public static final int DEFAULT_ALERT_PAGE_SIZE = 100;

  private final ApiRuntime runtime;
  private final AccountsResource accounts;
  private final AlertsResource alerts;
  private final LeadsErrorParser errors;
  private final int alertPageSize;

  private LeadsClient(ApiRuntime runtime, LeadsErrorParser errors, int alertPageSize) {
    this.runtime = runtime;
    this.errors = errors;
    this.alertPageSize = alertPageSize;
    LeadsCalls calls =
        new LeadsCalls(runtime.create(LeadsApi.class), new AlertParser(runtime.moshi()), errors, alertPageSize);
    this.accounts = new HttpAccountsResource(calls);
    this.alerts = new HttpAlertsResource(calls);
  }

  /** A client with its own runtime (connections, token, limiter) from the builder's settings. */
  private static LeadsClient create(Builder builder, ClientSettings settings) {
    Moshi moshi = JsonSupport.moshi();
    String tokenUrl =
        builder.tokenUrl != null ? builder.tokenUrl : stripSlashes(settings.baseUrl()) + "/oauth/token";
    String clientId = Objects.requireNonNull(builder.clientId);
    Secret clientSecret = Objects.requireNonNull(builder.clientSecret);
    LeadsErrorParser errors = new LeadsErrorParser(moshi);
    ApiRuntime runtime =
        ApiRuntime.builder("leads")
            .settings(settings)
            .moshi(moshi)
            .errorParser(errors)
            .tokenSource(
                http ->
                    ClientCredentialsTokenSource.builder()
                        .tokenUrl(tokenUrl)
                        .httpClient(http)
                        .clientId(clientId)
                        .clientSecret(clientSecret)
                        .clock(settings.clock())
                        .sleeper(settings.sleeper())
                        .build())
            .build();
    return new LeadsClient(runtime, errors, builder.alertPageSize);
  }

  /**
   * A view of this client whose every call carries {@code options} — a timeout for the whole call, an idempotency
   * key, extra headers — unless a call passes options of its own. The view shares this client's connections,
   * token and rate limiter; closing it closes nothing, closing this client ends both.
   *
   * @param options the options for every call of the view
   * @return the view
   */
  public LeadsClient withOptions(RequestOptions options) {
    return new LeadsClient(runtime.withDefaultOptions(options), errors, alertPageSize);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return dealer accounts and their profiles} */
  public AccountsResource accounts() {
    return accounts;
  }

  /** {@return the alert feed, single alerts and the outcome write-back} */
  public AlertsResource alerts() {
    return alerts;
  }

  /** Releases the connection pool and threads this client created (a shared OkHttp client stays open). */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "LeadsClient{baseUrl=" + runtime.baseUrl() + '}';
  }

  private static String stripSlashes(String url) {
    String stripped = url.strip();
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }

  /**
   * Builds a {@link LeadsClient}. Required: {@link #baseUrl(String)}, {@link #clientId(String)} and {@link
   * #clientSecret(Secret)}; everything else has a default (see {@link AbstractClientBuilder}).
   */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    private @Nullable String clientId;
    private @Nullable Secret clientSecret;
    private @Nullable String tokenUrl;
    private int alertPageSize = DEFAULT_ALERT_PAGE_SIZE;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The OAuth client id the vendor issued.
     *
     * @param clientId the OAuth client id the vendor issued
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The OAuth client secret the vendor issued.
     *
     * @param clientSecret the OAuth client secret the vendor issued
     * @return this builder
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The token endpoint, when it is not {@code {baseUrl}/oauth/token}.
     *
     * @param tokenUrl the token endpoint, when it is not {@code {baseUrl}/oauth/token}
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
      return this;
    }

    /**
     * The {@code limit} sent with each feed call, 1 to 500 (default 100).
     *
     * @param pageSize the {@code limit} sent with each feed call, 1 to 500 (default 100)
     * @return this builder
     */
    public Builder alertPageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 500) {
        throw new IllegalArgumentException("alertPageSize must be 1 to 500, was " + pageSize);
      }
      this.alertPageSize = pageSize;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException naming every missing required setting
     * @return the client
     */
    public LeadsClient build() {
      List<String> missing = missingSettings();
      if (configuredBaseUrl().isEmpty()) {
        missing.add("baseUrl (the vendor has no public host: use the partner API URL it gave you)");
      }
      if (clientId == null || clientId.isBlank()) {
        missing.add("clientId");
      }
      if (clientSecret == null) {
        missing.add("clientSecret");
      }
      requireAll("LeadsClient", missing);
      ClientSettings settings =
          settings(
              configuredBaseUrl().orElseThrow(),
              RateLimiter.tokenBucket(DEFAULT_REQUESTS_PER_SECOND, Duration.ofSeconds(1), clock(), sleeper()));
      return create(this, settings);
    }
  }
}

