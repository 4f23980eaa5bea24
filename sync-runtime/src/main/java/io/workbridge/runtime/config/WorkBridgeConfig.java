package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import io.workbridge.runtime.adapter.ServiceTitanFieldServicePlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a WorkBridge process needs, read from one properties file (see {@code
 * workbridge.sample.properties}) with credentials taken from environment variables. {@link #load} validates
 * the whole file and reports every problem at once, each naming its key.
 *
 * @param connectionId the id that scopes this integration's stored state
 * @param store where state is kept
 * @param schedule how often each stream is polled
 * @param sync how the work-order sync behaves
 * @param serviceTitan the ServiceTitan tenant and credentials
 * @param serviceChannel the ServiceChannel provider account and credentials
 * @param leads the leads vendor connection, when leads are configured
 * @param webhooks the embedded webhook endpoints
 */
public record WorkBridgeConfig(
    String connectionId,
    Store store,
    Schedule schedule,
    Sync sync,
    ServiceTitan serviceTitan,
    ServiceChannel serviceChannel,
    Optional<Leads> leads,
    Webhooks webhooks) {

  /** Default interval of the ServiceChannel work-order poll. */
  public static final Duration WORK_ORDERS_EVERY = Duration.ofSeconds(60);

  /** Default interval of the ServiceTitan export-feed poll (bookings, jobs, appointments, arrivals). */
  public static final Duration SERVICETITAN_CHANGES_EVERY = Duration.ofSeconds(30);

  /** Default interval of the ServiceTitan job notes feed (SC-19: notes within a minute). */
  public static final Duration NOTES_EVERY = ServiceTitanFieldServicePlatform.DEFAULT_NOTES_EVERY;

  /** Default interval of the ServiceTitan invoices feed (SC-20: within one polling interval, ≤ 5 min). */
  public static final Duration INVOICES_EVERY = ServiceTitanFieldServicePlatform.DEFAULT_INVOICES_EVERY;

  /** Default lead poll interval. */
  public static final Duration LEADS_EVERY = Duration.ofSeconds(60);

  /** Default webhook port when webhooks are enabled. */
  public static final int WEBHOOK_PORT = 8080;

  /** Default path of the ServiceChannel webhook endpoint. */
  public static final String SERVICECHANNEL_WEBHOOK_PATH = "/webhooks/servicechannel";

  /** Default path of the leads vendor webhook endpoint. */
  public static final String LEADS_WEBHOOK_PATH = "/webhooks/leads";

  /** Default largest webhook body accepted (256 KiB); larger ones are answered 413. */
  public static final int WEBHOOK_MAX_BODY_BYTES = 256 * 1024;

  /**
   * Where state is kept.
   *
   * @param provider the {@code SyncStoreProvider} by name: {@code jdbc} (the default), {@code memory}, or one
   *     of your own registered through {@code ServiceLoader}
   * @param url a JDBC URL; empty for the embedded H2 database in {@code directory}
   * @param schema the database schema for the tables, empty for the default
   * @param directory the embedded database's directory
   * @param options further provider properties, from the {@code store.option.<name>} keys
   */
  public record Store(
      String provider, Optional<String> url, String schema, Path directory, Map<String, String> options) {
    /** Copies the options. */
    public Store {
      options = Map.copyOf(options);
    }
  }

  /** The store provider used when {@code store.provider} is not set. */
  public static final String DEFAULT_STORE_PROVIDER = "jdbc";

  private static final String STORE_OPTION = "store.option.";

  /**
   * Poll intervals per stream. The notes and invoices feeds are read by the ServiceTitan changes poll, so
   * they are read at most as often as it runs.
   *
   * @param workOrders ServiceChannel work orders (default 60 s)
   * @param serviceTitanChanges ServiceTitan bookings, jobs, appointments and arrivals (default 30 s)
   * @param notes ServiceTitan job notes (default 30 s)
   * @param invoices ServiceTitan invoices (default 5 min)
   * @param leads vendor alerts (default 60 s)
   */
  public record Schedule(Duration workOrders, Duration serviceTitanChanges, Duration notes, Duration invoices, Duration leads) {}

  /**
   * Work-order sync settings.
   *
   * @param companyName the provider's name, used in fallback notes (SC-13)
   * @param activatedAt work orders started before this instant are not synced (SC-3)
   */
  public record Sync(String companyName, Instant activatedAt) {}

  /**
   * The ServiceTitan side.
   *
   * @param environment {@code production} or {@code integration}
   * @param apiBaseUrl explicit API base URL (simulators), overriding the environment's
   * @param authBaseUrl explicit auth base URL (simulators)
   * @param tenantId the tenant
   * @param appKey the application key
   * @param clientId the OAuth client id
   * @param clientSecret the OAuth client secret
   * @param bookingProviderId the booking provider the bookings are created under (needed for bookings)
   * @param applicationGuid the application's GUID, which keys the external ids of jobs the sync creates
   * @param requestsPerSecond the client-side rate limit; empty for the client's default (ServiceTitan's 60 per
   *     second)
   */
  public record ServiceTitan(
      String environment,
      Optional<String> apiBaseUrl,
      Optional<String> authBaseUrl,
      long tenantId,
      Secret appKey,
      String clientId,
      Secret clientSecret,
      Optional<Long> bookingProviderId,
      Optional<String> applicationGuid,
      Optional<Integer> requestsPerSecond) {}

  /**
   * The ServiceChannel side.
   *
   * @param environment {@code production} or {@code sandbox2}
   * @param apiBaseUrl explicit API base URL (simulators)
   * @param loginBaseUrl explicit login base URL (simulators)
   * @param clientId the API client key
   * @param clientSecret the API client secret
   * @param username the API user
   * @param password the API user's password
   * @param requestsPerMinute the client-side rate limit; empty for the client's defaults (the environment's
   *     limits per client and per company)
   */
  public record ServiceChannel(
      String environment,
      Optional<String> apiBaseUrl,
      Optional<String> loginBaseUrl,
      String clientId,
      Secret clientSecret,
      String username,
      Secret password,
      Optional<Integer> requestsPerMinute) {}

  /**
   * The leads vendor.
   *
   * @param enabled the integration's toggle (LD-6: while off, alerts are held, not lost)
   * @param baseUrl the partner API's base URL (there is no public host)
   * @param clientId the OAuth client id
   * @param clientSecret the OAuth client secret
   * @param vendorCampaignId the ServiceTitan campaign leads default to (LD-1)
   * @param requestsPerSecond the client-side rate limit; empty for the client's default (the vendor's 20 per
   *     second)
   */
  public record Leads(
      boolean enabled,
      String baseUrl,
      String clientId,
      Secret clientSecret,
      long vendorCampaignId,
      Optional<Integer> requestsPerSecond) {}

  /**
   * Embedded webhook endpoints; a verified delivery triggers an immediate sync of its stream (polling stays
   * the backstop). An endpoint is served only when its signing key is set.
   *
   * @param enabled whether the endpoints are served (default off)
   * @param port the port to listen on; 0 picks a free one
   * @param serviceChannelPath the path of the ServiceChannel endpoint
   * @param serviceChannelSecret the key that signs ServiceChannel's {@code Sign-Data}
   * @param leadsPath the path of the leads vendor endpoint
   * @param leadsSecret the secret that signs the vendor's {@code X-Alert-Signature}
   * @param maxBodyBytes the largest body accepted
   */
  public record Webhooks(
      boolean enabled,
      int port,
      String serviceChannelPath,
      Optional<Secret> serviceChannelSecret,
      String leadsPath,
      Optional<Secret> leadsSecret,
      int maxBodyBytes) {}

  /** Reads and validates a configuration file, resolving {@code ${VARIABLES}} from {@code environment}. */
  public static WorkBridgeConfig load(Path file, Map<String, String> environment) {
    return from(ConfigFile.load(file, environment), file.toString());
  }

  /** Reads and validates configuration text. */
  public static WorkBridgeConfig parse(String text, Map<String, String> environment) {
    return from(ConfigFile.parse(text, environment), "text");
  }

  /**
   * Reads only the connection id and the store settings — all the store commands ({@code status}, {@code
   * quarantine}) need, so they run without the remote systems' credentials in the environment.
   */
  public static StoreLocation loadStoreLocation(Path file, Map<String, String> environment) {
    ConfigFile config = ConfigFile.load(file, environment);
    StoreLocation location = new StoreLocation(config.text("connection.id"), store(config));
    config.finishPart(file.toString());
    return location;
  }

  /**
   * Where one connection's state lives.
   *
   * @param connectionId the connection
   * @param store the store settings
   */
  public record StoreLocation(String connectionId, Store store) {
    /** The store settings as properties for the store provider ({@code store.option.*} included). */
    public Map<String, String> storeProperties() {
      return WorkBridgeConfig.storeProperties(store);
    }
  }

  private static Store store(ConfigFile file) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String name : file.children(STORE_OPTION)) {
      file.optionalText(STORE_OPTION + name).ifPresent(value -> options.put(name, value));
    }
    return new Store(
        file.text("store.provider", DEFAULT_STORE_PROVIDER),
        file.optionalText("store.url"),
        file.text("store.schema", ""),
        Path.of(file.text("store.directory", "workbridge-data")),
        options);
  }

  private static WorkBridgeConfig from(ConfigFile file, String source) {
    String connectionId = file.text("connection.id");
    Store store = store(file);
    Schedule schedule =
        new Schedule(
            file.duration("schedule.workOrders", WORK_ORDERS_EVERY),
            file.duration("schedule.serviceTitanChanges", SERVICETITAN_CHANGES_EVERY),
            file.duration("schedule.notes", NOTES_EVERY),
            file.duration("schedule.invoices", INVOICES_EVERY),
            file.duration("schedule.leads", LEADS_EVERY));
    Sync sync = new Sync(file.text("sync.companyName"), file.instant("sync.activatedAt"));
    ServiceTitan serviceTitan =
        new ServiceTitan(
            oneOf(file, "servicetitan.environment", Set.of("production", "integration"), "production"),
            file.optionalText("servicetitan.apiBaseUrl"),
            file.optionalText("servicetitan.authBaseUrl"),
            file.number("servicetitan.tenantId"),
            file.secret("servicetitan.appKey"),
            file.text("servicetitan.clientId"),
            file.secret("servicetitan.clientSecret"),
            file.optionalText("servicetitan.bookingProviderId").map(id -> file.number("servicetitan.bookingProviderId")),
            file.optionalText("servicetitan.applicationGuid"),
            rate(file, "servicetitan.requestsPerSecond"));
    ServiceChannel serviceChannel =
        new ServiceChannel(
            oneOf(file, "servicechannel.environment", Set.of("production", "sandbox2"), "production"),
            file.optionalText("servicechannel.apiBaseUrl"),
            file.optionalText("servicechannel.loginBaseUrl"),
            file.text("servicechannel.clientId"),
            file.secret("servicechannel.clientSecret"),
            file.text("servicechannel.username"),
            file.secret("servicechannel.password"),
            rate(file, "servicechannel.requestsPerMinute"));
    Optional<Leads> leads = Optional.empty();
    if (file.hasSection("leads.")) {
      leads =
          Optional.of(
              new Leads(
                  file.flag("leads.enabled", true),
                  file.text("leads.baseUrl"),
                  file.text("leads.clientId"),
                  file.secret("leads.clientSecret"),
                  file.number("leads.vendorCampaignId"),
                  rate(file, "leads.requestsPerSecond")));
    }
    Webhooks webhooks = webhooks(file, leads.isPresent());
    file.finish(source);
    return new WorkBridgeConfig(connectionId, store, schedule, sync, serviceTitan, serviceChannel, leads, webhooks);
  }

  private static Webhooks webhooks(ConfigFile file, boolean leadsConfigured) {
    boolean enabled = file.flag("webhooks.enabled", false);
    long port = file.number("webhooks.port", WEBHOOK_PORT);
    if (port < 0 || port > 65535) {
      file.problem("webhooks.port", "must be between 0 and 65535, was " + port);
    }
    String serviceChannelPath = path(file, "webhooks.serviceChannelPath", SERVICECHANNEL_WEBHOOK_PATH);
    String leadsPath = path(file, "webhooks.leadsPath", LEADS_WEBHOOK_PATH);
    if (leadsPath.equals(serviceChannelPath)) {
      file.problem("webhooks.leadsPath", "must differ from webhooks.serviceChannelPath, both are " + leadsPath);
    }
    Optional<Secret> serviceChannelSecret = file.optionalSecret("webhooks.serviceChannelSecret");
    Optional<Secret> leadsSecret = file.optionalSecret("webhooks.leadsSecret");
    long maxBodyBytes = file.number("webhooks.maxBodyBytes", WEBHOOK_MAX_BODY_BYTES);
    if (maxBodyBytes < 1024 || maxBodyBytes > 16L * 1024 * 1024) {
      file.problem("webhooks.maxBodyBytes", "must be between 1024 and 16777216, was " + maxBodyBytes);
    }
    if (leadsSecret.isPresent() && !leadsConfigured) {
      file.problem("webhooks.leadsSecret", "is set, but leads are not configured (no leads.* keys)");
    }
    if (enabled && serviceChannelSecret.isEmpty() && leadsSecret.isEmpty()) {
      file.problem(
          "webhooks.enabled",
          "is true, but neither webhooks.serviceChannelSecret nor webhooks.leadsSecret is set: no endpoint to serve");
    }
    return new Webhooks(
        enabled,
        (int) port,
        serviceChannelPath,
        serviceChannelSecret,
        leadsPath,
        leadsSecret,
        (int) Math.max(1024, Math.min(maxBodyBytes, 16L * 1024 * 1024)));
  }

  private static String path(ConfigFile file, String key, String defaultValue) {
    String path = file.text(key, defaultValue);
    if (!path.matches("/[A-Za-z0-9._~/-]*")) {
      file.problem(key, "expected a path such as " + defaultValue + " (letters, digits, . _ ~ - and /), was '" + path + "'");
      return defaultValue;
    }
    return path;
  }

  private static Optional<Integer> rate(ConfigFile file, String key) {
    if (file.optionalText(key).isEmpty()) {
      return Optional.empty();
    }
    long value = file.number(key);
    if (value < 1 || value > Integer.MAX_VALUE) {
      file.problem(key, "must be a positive number of requests, was " + value);
      return Optional.empty();
    }
    return Optional.of((int) value);
  }

  private static String oneOf(ConfigFile file, String key, Set<String> allowed, String defaultValue) {
    String value = file.text(key, defaultValue).toLowerCase(java.util.Locale.ROOT);
    if (!allowed.contains(value)) {
      file.problem(key, "expected one of " + new java.util.TreeSet<>(allowed) + ", was '" + value + "'");
    }
    return value;
  }

  /** The store settings as properties for the store provider ({@code store.option.*} included). */
  public Map<String, String> storeProperties() {
    return storeProperties(store);
  }

  private static Map<String, String> storeProperties(Store store) {
    Map<String, String> properties = new LinkedHashMap<>(store.options());
    store.url().ifPresent(url -> properties.put("url", url));
    properties.put("schema", store.schema());
    properties.put("directory", store.directory().toString());
    return properties;
  }
}
