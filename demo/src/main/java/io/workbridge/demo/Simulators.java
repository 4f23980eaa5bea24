package io.workbridge.demo;

import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ReferenceData;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The three simulated systems on loopback, sharing one simulated clock: a ServiceTitan tenant, a
 * ServiceChannel provider working for three subscribers with two stores each, and the leads vendor's three
 * dealer accounts (without alert history: the demo raises every alert itself).
 */
final class Simulators implements AutoCloseable {
  /** Full catalogue, notes synced. */
  static final Subscriber NORTHWIND = new Subscriber(2014917243L, "Northwind Stores", true, true);

  /** Lacks IN PROGRESS / DISPATCH CONFIRMED and OPEN / DECLINED: accept and decline fall back (SC-13). */
  static final Subscriber BLUEBIRD = new Subscriber(2014917300L, "Bluebird Pharmacy", false, true);

  /** Full catalogue, note sync switched off by the integrator (SC-18). */
  static final Subscriber HARBOR = new Subscriber(2014917411L, "Harbor Foods", true, false);

  static final List<Subscriber> SUBSCRIBERS = List.of(NORTHWIND, BLUEBIRD, HARBOR);

  static final List<Store> STORES =
      List.of(
          new Store(2006516537L, NORTHWIND, "0024", "12 Central Ave", "Albany", "NY", "12207", 42.6526, -73.7562, "America/New_York"),
          new Store(2006516541L, NORTHWIND, "0031", "250 Asylum St", "Hartford", "CT", "06103", 41.7658, -72.6734, "America/New_York"),
          new Store(2005530999L, BLUEBIRD, "0107", "1600 Champa St", "Denver", "CO", "80202", 39.7392, -104.9903, "America/Denver"),
          new Store(2005531004L, BLUEBIRD, "0112", "1900 Pearl St", "Boulder", "CO", "80302", 40.0150, -105.2705, "America/Denver"),
          new Store(2007700101L, HARBOR, "0210", "400 Pine St", "Seattle", "WA", "98101", 47.6062, -122.3321, "America/Los_Angeles"),
          new Store(2007700117L, HARBOR, "0214", "1102 Broadway", "Tacoma", "WA", "98402", 47.2529, -122.4443, "America/Los_Angeles"));

  /** The application GUID the sync's jobs carry their external ids under. */
  private static final String APPLICATION_GUID = "6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00";

  final MutableClock clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.MINUTES));
  final ServiceTitanSimulator serviceTitan;
  final ServiceChannelSimulator serviceChannel;
  final LeadsVendorSimulator vendor;

  /** Starts the three simulators and seeds subscribers and stores. */
  Simulators() {
    // Simulated time stands still while a sync cycle runs, so per-second limits would never refill: lift them.
    serviceTitan = ServiceTitanSimulator.builder().clock(clock).requestsPerSecond(1_000_000).build().start();
    serviceChannel = new ServiceChannelSimulator(clock, 1_000_000, 1_000_000).start();
    vendor = new LeadsVendorSimulator(clock, 42L, LeadsVendorSimulator.WEBHOOK_SECRET, 0).start();
    for (Subscriber subscriber : SUBSCRIBERS) {
      SubscriberSetup.Builder setup = SubscriberSetup.builder(subscriber.id(), subscriber.name()).providerMayComplete(true);
      if (!subscriber.fullCatalogue()) {
        setup.without("IN PROGRESS", "DISPATCH CONFIRMED").without("OPEN", "DECLINED");
      }
      serviceChannel.addSubscriber(setup.build());
    }
    for (Store store : STORES) {
      serviceChannel.addLocation(
          store.id(), store.subscriber().id(), store.number(), store.latitude(), store.longitude(), 0.5, store.zone());
    }
  }

  /** The simulated time now. */
  Instant now() {
    return clock.instant();
  }

  /** Moves simulated time forward. */
  void advance(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Writes the configuration of a WorkBridge connected to the simulators as an integrator would, every choice in
   * the file: credentials as {@code ${VARIABLES}}, Northwind's emergencies straight to jobs (SC-4), the NTE in a
   * job custom field (SC-22), Harbor Foods with note sync off (SC-18), leads under their own booking provider
   * with the HVAC Maintenance job type switched off (LD-5). It then loads the file with the simulators'
   * credentials as the environment.
   *
   * @param file where to write it
   * @param store the directory of the embedded H2 store
   * @param activatedAt the activation instant (SC-3)
   * @return the loaded configuration
   */
  WorkBridgeConfig writeConfig(Path file, Path store, Instant activatedAt) {
    ReferenceData reference = serviceTitan.referenceData();
    String text =
        String.join(
            "\n",
            "# Written by workbridge demo: a WorkBridge connected to the simulators on loopback.",
            "connectionId: demo",
            "store:",
            "  directory: \"" + store.toAbsolutePath().toString().replace("\\", "/") + "\"",
            "serviceTitan:",
            "  environment: integration",
            "  apiBaseUrl: " + serviceTitan.baseUrl(),
            "  authBaseUrl: " + withoutSuffix(serviceTitan.tokenUrl(), "connect/token"),
            "  tenantId: " + serviceTitan.tenantId(),
            "  clientId: " + serviceTitan.clientId(),
            "  appKey: ${ST_APP_KEY}",
            "  clientSecret: ${ST_CLIENT_SECRET}",
            "  bookingProviderId: " + serviceTitan.bookingProviderId(),
            "  applicationGuid: " + APPLICATION_GUID,
            "  nteCustomField:",
            "    name: " + DemoRun.NTE_FIELD,
            "  # Simulated time stands still while a cycle runs, and the simulators' limits are lifted: so are the clients'.",
            "  requestsPerSecond: 1000000",
            "serviceChannel:",
            "  environment: sandbox2",
            "  apiBaseUrl: " + serviceChannel.apiBaseUrl(),
            "  loginBaseUrl: " + withoutSuffix(serviceChannel.tokenUrl(), "oauth/token"),
            "  clientId: " + ServiceChannelSimulator.CLIENT_ID,
            "  clientSecret: ${SC_CLIENT_SECRET}",
            "  username: " + ServiceChannelSimulator.USERNAME,
            "  password: ${SC_PASSWORD}",
            "  requestsPerMinute: 60000000",
            "workOrders:",
            "  activatedAt: " + activatedAt,
            "  companyName: " + ServiceChannelSimulator.PROVIDER_NAME,
            "  autoConvert:",
            "    - subscriberId: " + NORTHWIND.id(),
            "      priority: " + Seed.EMERGENCY,
            "      target: job",
            "      businessUnitId: " + reference.businessUnitId(),
            "      jobTypeId: " + reference.jobTypeId(),
            "      campaignId: " + reference.campaignId(),
            "      fieldPriority: Urgent",
            "  subscribers:",
            "    " + HARBOR.id() + ":",
            "      noteSync: false",
            "leads:",
            "  baseUrl: " + vendor.baseUrl(),
            "  clientId: " + LeadsVendorSimulator.CLIENT_ID,
            "  clientSecret: ${LEADS_CLIENT_SECRET}",
            "  requestsPerSecond: 1000000",
            "  bookingProviderId: " + serviceTitan.leadBookingProviderId(),
            "  campaignId: " + reference.campaignId(),
            "  jobTypes:",
            "    " + Seed.DISABLED_JOB_TYPE + ":",
            "      enabled: false",
            "");
    try {
      Files.writeString(file, text);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot write " + file, failure);
    }
    return WorkBridgeConfig.load(file, environment());
  }

  /** The simulators' credentials, as the environment variables the configuration names. */
  Map<String, String> environment() {
    return Map.of(
        "ST_APP_KEY", serviceTitan.appKey(),
        "ST_CLIENT_SECRET", serviceTitan.clientSecret(),
        "SC_CLIENT_SECRET", ServiceChannelSimulator.CLIENT_SECRET,
        "SC_PASSWORD", ServiceChannelSimulator.PASSWORD,
        "LEADS_CLIENT_SECRET", LeadsVendorSimulator.CLIENT_SECRET);
  }

  private static String withoutSuffix(String url, String suffix) {
    if (!url.endsWith(suffix)) {
      throw new IllegalStateException(url + " does not end with " + suffix);
    }
    return url.substring(0, url.length() - suffix.length());
  }

  @Override
  public void close() {
    try (vendor;
        serviceChannel;
        serviceTitan) {
      // closes all three, last opened first
    }
  }
}
