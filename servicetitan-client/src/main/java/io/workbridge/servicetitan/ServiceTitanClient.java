package io.workbridge.servicetitan;

import io.workbridge.client.RateLimiter;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Secret;
import io.workbridge.client.spi.AbstractClientBuilder;
import io.workbridge.client.spi.ClientSettings;
import io.workbridge.client.spi.auth.ClientCredentialsTokenSource;
import io.workbridge.client.spi.http.ApiRuntime;
import io.workbridge.servicetitan.internal.HttpAppointmentsResource;
import io.workbridge.servicetitan.internal.HttpAssignmentsResource;
import io.workbridge.servicetitan.internal.HttpAttachmentsResource;
import io.workbridge.servicetitan.internal.HttpBookingsResource;
import io.workbridge.servicetitan.internal.HttpCustomersResource;
import io.workbridge.servicetitan.internal.HttpEmployeesResource;
import io.workbridge.servicetitan.internal.HttpInvoicesResource;
import io.workbridge.servicetitan.internal.HttpJobsResource;
import io.workbridge.servicetitan.internal.HttpLeadsResource;
import io.workbridge.servicetitan.internal.HttpLocationsResource;
import io.workbridge.servicetitan.internal.HttpReferenceDataResource;
import io.workbridge.servicetitan.internal.HttpTechniciansResource;
import io.workbridge.servicetitan.internal.HttpTimesheetsResource;
import io.workbridge.servicetitan.internal.StApis;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.internal.StErrorParser;
import io.workbridge.servicetitan.internal.StJson;
import io.workbridge.servicetitan.resource.AppointmentsResource;
import io.workbridge.servicetitan.resource.AssignmentsResource;
import io.workbridge.servicetitan.resource.AttachmentsResource;
import io.workbridge.servicetitan.resource.BookingsResource;
import io.workbridge.servicetitan.resource.CustomersResource;
import io.workbridge.servicetitan.resource.EmployeesResource;
import io.workbridge.servicetitan.resource.InvoicesResource;
import io.workbridge.servicetitan.resource.JobsResource;
import io.workbridge.servicetitan.resource.LeadsResource;
import io.workbridge.servicetitan.resource.LocationsResource;
import io.workbridge.servicetitan.resource.ReferenceDataResource;
import io.workbridge.servicetitan.resource.TechniciansResource;
import io.workbridge.servicetitan.resource.TimesheetsResource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client of one ServiceTitan tenant's REST API v2. Every call carries {@code Authorization: Bearer …}
 * (a client-credentials token, cached and renewed before it expires, and renewed once on a 401) and the
 * {@code ST-App-Key} header; retries are signed again with a current token.
 *
 * <pre>{@code
 * try (ServiceTitanClient st = ServiceTitanClient.builder()
 *     .environment(ServiceTitanEnvironment.INTEGRATION)
 *     .tenantId(1234567L)
 *     .appKey(appKey).clientId(clientId).clientSecret(clientSecret)
 *     .bookingProviderId(42L)
 *     .build()) {
 *   Booking booking = st.bookings().create(newBooking);
 * }
 * }</pre>
 *
 * <p>Thread-safe; create one per tenant connection and share it. {@link #close()} releases its connections.
 */
public final class ServiceTitanClient implements AutoCloseable {
  private final ApiRuntime runtime;
  private final BookingsResource bookings;
  private final CustomersResource customers;
  private final LocationsResource locations;
  private final JobsResource jobs;
  private final AppointmentsResource appointments;
  private final AssignmentsResource assignments;
  private final TimesheetsResource timesheets;
  private final TechniciansResource technicians;
  private final EmployeesResource employees;
  private final InvoicesResource invoices;
  private final AttachmentsResource attachments;
  private final ReferenceDataResource referenceData;
  private final LeadsResource leads;
  private final long tenantId;
  private final StContext context;
  private final Duration referenceDataTtl;

  private ServiceTitanClient(ApiRuntime runtime, StContext context, Duration referenceDataTtl) {
    this.runtime = runtime;
    this.context = context;
    this.referenceDataTtl = referenceDataTtl;
    this.tenantId = context.tenantId();
    this.bookings = new HttpBookingsResource(context);
    this.customers = new HttpCustomersResource(context);
    this.locations = new HttpLocationsResource(context);
    this.jobs = new HttpJobsResource(context);
    this.appointments = new HttpAppointmentsResource(context);
    this.assignments = new HttpAssignmentsResource(context);
    this.timesheets = new HttpTimesheetsResource(context);
    this.technicians = new HttpTechniciansResource(context);
    this.employees = new HttpEmployeesResource(context);
    this.invoices = new HttpInvoicesResource(context);
    this.attachments = new HttpAttachmentsResource(context);
    this.referenceData = new HttpReferenceDataResource(context, referenceDataTtl);
    this.leads = new HttpLeadsResource(context);
  }

  /**
   * A view of this client whose every call carries {@code options} — a timeout for the whole call, an idempotency
   * key, extra headers — unless a call passes options of its own. The view shares this client's connections,
   * token and rate limiter; closing it closes nothing, closing this client ends both.
   *
   * <pre>{@code
   * Job job = st.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()).jobs().get(jobId);
   * }</pre>
   *
   * @param options the options for every call of the view
   * @return the view
   */
  public ServiceTitanClient withOptions(RequestOptions options) {
    ApiRuntime view = runtime.withDefaultOptions(options);
    return new ServiceTitanClient(view, context.withApis(new StApis(view)), referenceDataTtl);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the tenant this client works on} */
  public long tenantId() {
    return tenantId;
  }

  /** {@return bookings (Booking Provider API) and the bookings export feed} */
  public BookingsResource bookings() {
    return bookings;
  }

  /** {@return customers and the customers export feed} */
  public CustomersResource customers() {
    return customers;
  }

  /** {@return locations and the locations export feed} */
  public LocationsResource locations() {
    return locations;
  }

  /** {@return jobs, job notes, job custom-field types and the jobs and job-notes export feeds} */
  public JobsResource jobs() {
    return jobs;
  }

  /** {@return job appointments and the appointments export feed} */
  public AppointmentsResource appointments() {
    return appointments;
  }

  /** {@return technician assignments to appointments} */
  public AssignmentsResource assignments() {
    return assignments;
  }

  /** {@return payroll job timesheets (dispatched, arrived, done)} */
  public TimesheetsResource timesheets() {
    return timesheets;
  }

  /** {@return technicians} */
  public TechniciansResource technicians() {
    return technicians;
  }

  /** {@return employees (office staff)} */
  public EmployeesResource employees() {
    return employees;
  }

  /** {@return invoices, their export feed and mark-as-exported} */
  public InvoicesResource invoices() {
    return invoices;
  }

  /** {@return job attachments: upload, list, download} */
  public AttachmentsResource attachments() {
    return attachments;
  }

  /** {@return business units, job types, campaigns, call reasons, cancel and hold reasons, tag types} */
  public ReferenceDataResource referenceData() {
    return referenceData;
  }

  /** {@return leads and follow-ups} */
  public LeadsResource leads() {
    return leads;
  }

  /** Releases the connections this client opened (a shared OkHttp client stays open). */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "ServiceTitanClient[tenant=" + tenantId + "]";
  }

  /**
   * Builds a {@link ServiceTitanClient}. Required: an {@link #environment} (or both {@link #baseUrl} and
   * {@link #tokenUrl}), {@link #tenantId}, {@link #appKey}, {@link #clientId} and {@link #clientSecret}.
   * Defaults: 60 requests per second, page size 500.
   */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    private @Nullable ServiceTitanEnvironment environment;
    private @Nullable String tokenUrl;
    private @Nullable Long tenantId;
    private @Nullable Secret appKey;
    private @Nullable String clientId;
    private @Nullable Secret clientSecret;
    private @Nullable Long bookingProviderId;
    private @Nullable String applicationGuid;
    private int pageSize = 500;
    private Duration referenceDataTtl = Duration.ZERO;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The environment, which gives the token endpoint and the API host.
     *
     * @param environment the environment, which gives the token endpoint and the API host
     * @return this builder
     */
    public Builder environment(ServiceTitanEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * The token endpoint, overriding the environment's (for simulators and tests).
     *
     * @param tokenUrl the token endpoint, overriding the environment's (for simulators and tests)
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
      return this;
    }

    /**
     * The tenant id (the customer's ServiceTitan tenant).
     *
     * @param tenantId the tenant id (the customer's ServiceTitan tenant)
     * @return this builder
     */
    public Builder tenantId(long tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * The application key, sent as {@code ST-App-Key} on every call.
     *
     * @param appKey the application key, sent as {@code ST-App-Key} on every call
     * @return this builder
     */
    public Builder appKey(String appKey) {
      return appKey(Secret.of(Objects.requireNonNull(appKey, "appKey")));
    }

    /**
     * The application key, sent as {@code ST-App-Key} on every call.
     *
     * @param appKey the application key, sent as {@code ST-App-Key} on every call
     * @return this builder
     */
    public Builder appKey(Secret appKey) {
      this.appKey = Objects.requireNonNull(appKey, "appKey");
      return this;
    }

    /**
     * The client id of this tenant connection in this environment.
     *
     * @param clientId the client id of this tenant connection in this environment
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The client secret of this tenant connection in this environment.
     *
     * @param clientSecret the client secret of this tenant connection in this environment
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      return clientSecret(Secret.of(Objects.requireNonNull(clientSecret, "clientSecret")));
    }

    /**
     * The client secret of this tenant connection in this environment.
     *
     * @param clientSecret the client secret of this tenant connection in this environment
     * @return this builder
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The booking provider id of this connection (needed for the Booking Provider API).
     *
     * @param bookingProviderId the booking provider id of this connection (needed for the Booking Provider
     *     API)
     * @return this builder
     */
    public Builder bookingProviderId(long bookingProviderId) {
      this.bookingProviderId = bookingProviderId;
      return this;
    }

    /**
     * The application's "External Data Application GUID" (needed to read and write {@code externalData}).
     *
     * @param applicationGuid the application's "External Data Application GUID" (needed to read and write
     *     {@code externalData})
     * @return this builder
     */
    public Builder applicationGuid(String applicationGuid) {
      Objects.requireNonNull(applicationGuid, "applicationGuid");
      this.applicationGuid = UUID.fromString(applicationGuid.trim()).toString();
      return this;
    }

    /**
     * Items per page for lists when a query does not say (1 to 5000; default 500).
     *
     * @param pageSize items per page for lists when a query does not say (1 to 5000; default 500)
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = StContext.checkPageSize(pageSize);
      return this;
    }

    /**
     * How long reference data (business units, job types, …) is served from memory before it is fetched
     * again (default zero: always fetched).
     *
     * @param ttl how long reference data (business units, job types, …) is served from memory before it is
     *     fetched again (default zero: always fetched)
     * @return this builder
     */
    public Builder referenceDataTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "referenceDataTtl");
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("referenceDataTtl must not be negative, was " + ttl);
      }
      this.referenceDataTtl = ttl;
      return this;
    }

    /**
     * Builds the client; fails naming every missing required setting.
     *
     * @return the client
     */
    public ServiceTitanClient build() {
      List<String> missing = missingSettings();
      if (environment == null && configuredBaseUrl().isEmpty()) {
        missing.add("environment (or baseUrl)");
      }
      if (environment == null && tokenUrl == null) {
        missing.add("environment (or tokenUrl)");
      }
      if (tenantId == null) {
        missing.add("tenantId");
      }
      if (appKey == null) {
        missing.add("appKey");
      }
      if (clientId == null) {
        missing.add("clientId");
      }
      if (clientSecret == null) {
        missing.add("clientSecret");
      }
      requireAll("ServiceTitanClient", missing);
      String apiUrl = configuredBaseUrl().orElseGet(() -> environment.apiBaseUrl());
      String tokens = tokenUrl != null ? tokenUrl : environment.tokenUrl();
      ClientSettings settings =
          settings(apiUrl, RateLimiter.perWindow(60, Duration.ofSeconds(1), clock(), sleeper()));
      String id = clientId;
      Secret secret = clientSecret;
      ApiRuntime runtime =
          ApiRuntime.builder("servicetitan")
              .settings(settings)
              .tokenSource(
                  http ->
                      ClientCredentialsTokenSource.builder()
                          .tokenUrl(tokens)
                          .httpClient(http)
                          .clientId(id)
                          .clientSecret(secret)
                          .clock(clock())
                          .sleeper(sleeper())
                          .build())
              .staticHeader("ST-App-Key", appKey)
              .errorParser(new StErrorParser())
              .moshi(StJson.moshi())
              .build();
      StContext context =
          new StContext(tenantId, bookingProviderId, applicationGuid, pageSize, clock(), new StApis(runtime));
      return new ServiceTitanClient(runtime, context, referenceDataTtl);
    }
  }
}
