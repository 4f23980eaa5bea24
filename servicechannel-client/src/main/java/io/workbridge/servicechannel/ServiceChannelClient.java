package io.workbridge.servicechannel;

import io.workbridge.client.RateLimiter;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Secret;
import io.workbridge.client.spi.AbstractClientBuilder;
import io.workbridge.client.spi.ClientSettings;
import io.workbridge.client.spi.auth.PasswordGrantTokenSource;
import io.workbridge.client.spi.http.ApiRuntime;
import io.workbridge.client.spi.json.JsonSupport;
import io.workbridge.servicechannel.internal.FieldWire;
import io.workbridge.servicechannel.internal.HttpAttachmentsResource;
import io.workbridge.servicechannel.internal.HttpCheckInsResource;
import io.workbridge.servicechannel.internal.HttpInvoicesResource;
import io.workbridge.servicechannel.internal.HttpLocationsResource;
import io.workbridge.servicechannel.internal.HttpNotesResource;
import io.workbridge.servicechannel.internal.HttpWorkOrdersResource;
import io.workbridge.servicechannel.internal.ODataLists;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.ScErrorParser;
import io.workbridge.servicechannel.resource.AttachmentsResource;
import io.workbridge.servicechannel.resource.CheckInsResource;
import io.workbridge.servicechannel.resource.InvoicesResource;
import io.workbridge.servicechannel.resource.LocationsResource;
import io.workbridge.servicechannel.resource.NotesResource;
import io.workbridge.servicechannel.resource.WorkOrdersResource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ServiceChannel API v3 client, for a provider (contractor) integration.
 *
 * <pre>{@code
 * try (ServiceChannelClient sc = ServiceChannelClient.builder()
 *     .environment(ServiceChannelEnvironment.SANDBOX2)
 *     .clientId("PR.2000090505.…")
 *     .clientSecret(Secret.of(secret))
 *     .username("api.user")
 *     .password(Secret.of(password))
 *     .build()) {
 *   WorkOrder order = sc.workOrders().get(84_000_123L);
 * }
 * }</pre>
 *
 * <p>Authentication is the OAuth password grant with HTTP Basic client authentication; tokens (600 s) are
 * cached and renewed with the refresh token (30 days), one renewal at a time and at most one token call per
 * {@link Builder#tokenMinimumInterval 5 s}. Requests are limited per client id and per company. Immutable and
 * thread-safe; {@link #close()} releases the connection pool it created.
 */
public final class ServiceChannelClient implements AutoCloseable {
  private final ApiRuntime runtime;
  private final WorkOrdersResource workOrders;
  private final LocationsResource locations;
  private final NotesResource notes;
  private final AttachmentsResource attachments;
  private final CheckInsResource checkIns;
  private final InvoicesResource invoices;

  private final ClientSettings settings;

  private ServiceChannelClient(ApiRuntime runtime, ClientSettings settings) {
    this.runtime = runtime;
    this.settings = settings;
    ScApi api = runtime.create(ScApi.class);
    this.workOrders = new HttpWorkOrdersResource(api);
    this.locations = new HttpLocationsResource(api);
    this.notes = new HttpNotesResource(api, settings.sleeper(), settings.clock());
    this.attachments =
        new HttpAttachmentsResource(api, runtime.moshi().adapter(FieldWire.AddAttachments.class)::toJson);
    this.checkIns = new HttpCheckInsResource(api);
    this.invoices = new HttpInvoicesResource(api, settings.sleeper());
  }

  /**
   * A view of this client whose every call carries {@code options} — a timeout for the whole call, an idempotency
   * key, extra headers — unless a call passes options of its own. The view shares this client's connections,
   * token and rate limiters; closing it closes nothing, closing this client ends both.
   *
   * @param options the options for every call of the view
   * @return the view
   */
  public ServiceChannelClient withOptions(RequestOptions options) {
    return new ServiceChannelClient(runtime.withDefaultOptions(options), settings);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return work orders, statuses, accept and decline, the GPS radius} */
  public WorkOrdersResource workOrders() {
    return workOrders;
  }

  /**
   * {@return locations: the full store (address, phone, GPS, time zone) behind a work order's sparse
   * location}
   */
  public LocationsResource locations() {
    return locations;
  }

  /** {@return work order notes} */
  public NotesResource notes() {
    return notes;
  }

  /** {@return work order attachments} */
  public AttachmentsResource attachments() {
    return attachments;
  }

  /** {@return technician check-in and check-out} */
  public CheckInsResource checkIns() {
    return checkIns;
  }

  /** {@return invoices: requirements, the invoices of a work order, creation} */
  public InvoicesResource invoices() {
    return invoices;
  }

  /** Releases the HTTP resources this client created (a shared OkHttp client stays open). */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "ServiceChannelClient{" + runtime.baseUrl() + "}";
  }

  /** Builds a {@link ServiceChannelClient}; {@code build()} names every missing setting at once. */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    /** The documented token endpoint limit: one call per 5 s per user. */
    public static final Duration DEFAULT_TOKEN_INTERVAL = Duration.ofSeconds(5);

    private @Nullable ServiceChannelEnvironment environment;
    private @Nullable String tokenUrl;
    private @Nullable String clientId;
    private @Nullable Secret clientSecret;
    private @Nullable String username;
    private @Nullable Secret password;
    private @Nullable RateLimiter companyRateLimiter;
    private Duration tokenMinimumInterval = DEFAULT_TOKEN_INTERVAL;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The environment: sets the API base URL, the token URL and the default rate limits.
     *
     * @param environment the environment: sets the API base URL, the token URL and the default rate limits
     * @return this builder
     */
    public Builder environment(ServiceChannelEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * The token endpoint URL, overriding the environment's (for simulators and tests).
     *
     * @param tokenUrl the token endpoint URL, overriding the environment's (for simulators and tests)
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
      return this;
    }

    /**
     * The API client id ({@code PR.<providerId>.<GUID>} for providers).
     *
     * @param clientId the API client id ({@code PR.<providerId>.<GUID>} for providers)
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The API client secret.
     *
     * @param clientSecret the API client secret
     * @return this builder
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The ServiceChannel API user's name.
     *
     * @param username the ServiceChannel API user's name
     * @return this builder
     */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username");
      return this;
    }

    /**
     * The ServiceChannel API user's password.
     *
     * @param password the ServiceChannel API user's password
     * @return this builder
     */
    public Builder password(Secret password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * The per-company limiter, to share between all clients of one ServiceChannel company (the limit is per
     * subscriber or provider, not per client). By default each client has its own, at the environment's
     * documented rate (600/min in production).
     *
     * @param limiter the per-company limiter, to share between all clients of one ServiceChannel company (the
     *     limit is per subscriber or provider, not per client)
     * @return this builder
     */
    public Builder companyRateLimiter(RateLimiter limiter) {
      this.companyRateLimiter = Objects.requireNonNull(limiter, "companyRateLimiter");
      return this;
    }

    /**
     * The shortest time between two token calls (default 5 s, ServiceChannel's per-user login limit).
     *
     * @param interval the shortest time between two token calls (default 5 s, ServiceChannel's per-user login
     *     limit)
     * @return this builder
     */
    public Builder tokenMinimumInterval(Duration interval) {
      Objects.requireNonNull(interval, "tokenMinimumInterval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("tokenMinimumInterval must not be negative");
      }
      this.tokenMinimumInterval = interval;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException naming every missing setting
     * @return the client
     */
    public ServiceChannelClient build() {
      List<String> missing = missingSettings();
      String baseUrl =
          configuredBaseUrl().orElse(environment == null ? null : environment.apiBaseUrl());
      String resolvedTokenUrl = tokenUrl != null ? tokenUrl : environment == null ? null : environment.tokenUrl();
      if (baseUrl == null) {
        missing.add("environment or baseUrl");
      }
      if (resolvedTokenUrl == null) {
        missing.add("environment or tokenUrl");
      }
      if (clientId == null || clientId.isBlank()) {
        missing.add("clientId");
      }
      if (clientSecret == null) {
        missing.add("clientSecret");
      }
      if (username == null || username.isBlank()) {
        missing.add("username");
      }
      if (password == null) {
        missing.add("password");
      }
      requireAll("ServiceChannelClient", missing);
      ServiceChannelEnvironment limits =
          environment != null ? environment : ServiceChannelEnvironment.PRODUCTION;
      RateLimiter perClient =
          RateLimiter.perWindow(limits.clientRequestsPerMinute(), Duration.ofMinutes(1), clock(), sleeper());
      RateLimiter perCompany =
          companyRateLimiter != null
              ? companyRateLimiter
              : RateLimiter.perWindow(
                  limits.companyRequestsPerMinute(), Duration.ofMinutes(1), clock(), sleeper());
      ClientSettings settings = settings(Objects.requireNonNull(baseUrl), RateLimiter.allOf(perClient, perCompany));
      String id = Objects.requireNonNull(clientId);
      Secret secret = Objects.requireNonNull(clientSecret);
      String user = Objects.requireNonNull(username);
      Secret pass = Objects.requireNonNull(password);
      String token = Objects.requireNonNull(resolvedTokenUrl);
      ApiRuntime runtime =
          ApiRuntime.builder("servicechannel")
              .settings(settings)
              .tokenSource(
                  http ->
                      PasswordGrantTokenSource.builder()
                          .tokenUrl(token)
                          .httpClient(http)
                          .clientId(id)
                          .clientSecret(secret)
                          .username(user)
                          .password(pass)
                          .clock(settings.clock())
                          .sleeper(settings.sleeper())
                          .minimumInterval(tokenMinimumInterval)
                          .build())
              // ServiceChannel may answer XML without it.
              .staticHeader("Accept", Secret.of("application/json"))
              .errorParser(new ScErrorParser())
              .moshi(JsonSupport.newMoshiBuilder().add(new ODataLists()).build())
              .build();
      return new ServiceChannelClient(runtime, settings);
    }
  }
}
