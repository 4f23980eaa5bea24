package io.workbridge.runtime;

import io.workbridge.adapters.ServiceChannelWorkOrderPlatform;
import io.workbridge.adapters.ServiceTitanFieldServicePlatform;
import io.workbridge.adapters.VendorLeadFeed;
import io.workbridge.client.Secret;
import io.workbridge.leads.LeadsClient;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.DottedYaml;
import io.workbridge.testkit.SimulatorConfig;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The three simulators on one simulated clock, with a subscriber and a location to issue work orders for,
 * and two ways to run WorkBridge against them: wired by hand over clients that sleep by advancing the
 * simulated clock ({@link #bridge}), or built by {@link WorkBridgeFactory} from configuration text ({@link
 * #config}).
 */
public final class SimulatedSystems implements AutoCloseable {
  /** The subscriber work orders are issued for. */
  public static final long SANDBOX = 2014917243L;
  /** Its store in Albany. */
  public static final long ALBANY = 2006516537L;
  static final String APPLICATION_GUID = "6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00";

  /** The simulators' clock, starting at the present second. */
  public final MutableClock clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  /** The sync's activation instant, an hour before the start. */
  public final Instant activatedAt = clock.instant().minus(Duration.ofHours(1));
  /** ServiceTitan. */
  public final ServiceTitanSimulator serviceTitan;
  /** ServiceChannel, with the sandbox subscriber and its Albany store. */
  public final ServiceChannelSimulator serviceChannel;
  /** The leads vendor. */
  public final LeadsVendorSimulator vendor;
  private final List<AutoCloseable> clients = new ArrayList<>();

  /** Starts the three simulators. */
  public SimulatedSystems() {
    // Simulated time stands still while a cycle runs: lift the per-second limits (their tests are elsewhere).
    serviceTitan = ServiceTitanSimulator.builder().clock(clock).requestsPerSecond(1_000_000).build().start();
    serviceChannel = new ServiceChannelSimulator(clock, 1_000_000, 1_000_000).start();
    serviceChannel.addSubscriber(SubscriberSetup.builder(SANDBOX, "API SANDBOX").providerMayComplete(true).build());
    serviceChannel.addLocation(ALBANY, SANDBOX, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
    vendor = new LeadsVendorSimulator(clock).start();
  }

  /** A new open work order at the Albany store, created now; the clock then moves on a second. */
  public long workOrder() {
    long id =
        serviceChannel.createWorkOrder(
            NewWorkOrder.builder(SANDBOX, ALBANY)
                .description("Rooftop unit not cooling")
                .nte(new BigDecimal("750.00"))
                .scheduledDate(clock.instant().plus(Duration.ofDays(1)))
                .build());
    clock.advance(Duration.ofSeconds(1));
    return id;
  }

  /** The ServiceTitan booking whose external id is {@code externalId} (a work order or alert id), if any. */
  public Optional<Map<String, @Nullable Object>> booking(String externalId) {
    for (long id = 1000; id < 20_000; id++) {
      Optional<Map<String, @Nullable Object>> booking = serviceTitan.booking(id);
      if (booking.isPresent() && externalId.equals(booking.get().get("externalId"))) {
        return booking;
      }
    }
    return Optional.empty();
  }

  /**
   * A bridge over the simulators wired by hand: clients, adapters and store share the simulated clock, and
   * the clients sleep by advancing it. Work orders always; leads when {@code withLeads}. The caller closes
   * the bridge; this closes the clients.
   */
  public WorkBridge.Builder bridge(SyncStore store, boolean withLeads) {
    ServiceTitanClient st =
        keep(
            ServiceTitanClient.builder()
                .baseUrl(serviceTitan.baseUrl())
                .tokenUrl(serviceTitan.tokenUrl())
                .tenantId(serviceTitan.tenantId())
                .appKey(serviceTitan.appKey())
                .clientId(serviceTitan.clientId())
                .clientSecret(serviceTitan.clientSecret())
                .bookingProviderId(serviceTitan.bookingProviderId())
                .applicationGuid(APPLICATION_GUID)
                .clock(clock)
                .sleeper(clock::sleep)
                .build());
    ServiceChannelClient sc =
        keep(
            ServiceChannelClient.builder()
                .baseUrl(serviceChannel.apiBaseUrl())
                .tokenUrl(serviceChannel.tokenUrl())
                .clientId(ServiceChannelSimulator.CLIENT_ID)
                .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
                .username(ServiceChannelSimulator.USERNAME)
                .password(Secret.of(ServiceChannelSimulator.PASSWORD))
                .clock(clock)
                .sleeper(clock::sleep)
                .build());
    ServiceTitanFieldServicePlatform fieldService =
        ServiceTitanFieldServicePlatform.builder().client(st).clock(clock).feedStart(activatedAt).build();
    WorkBridge.Builder bridge =
        WorkBridge.builder()
            .connectionId(ConnectionId.of("simulated"))
            .store(store)
            .clock(clock)
            .workOrders(
                ServiceChannelWorkOrderPlatform.builder()
                    .client(sc)
                    .startAt(activatedAt)
                    .apiUsername(ServiceChannelSimulator.USERNAME)
                    .clock(clock)
                    .build(),
                fieldService,
                WorkOrderSyncSettings.builder().companyName("Acme HVAC").activatedAt(activatedAt).build());
    if (!withLeads) {
      return bridge;
    }
    LeadsClient leads =
        keep(
            LeadsClient.builder()
                .baseUrl(vendor.baseUrl())
                .clientId(LeadsVendorSimulator.CLIENT_ID)
                .clientSecret(Secret.of(LeadsVendorSimulator.CLIENT_SECRET))
                .clock(clock)
                .sleeper(clock::sleep)
                .build());
    return bridge.leads(
            new VendorLeadFeed(leads),
            fieldService,
            LeadSyncConfig.builder().vendorCampaignId(serviceTitan.referenceData().campaignId()).build());
  }

  private <T extends AutoCloseable> T keep(T client) {
    clients.add(client);
    return client;
  }

  /**
   * A configuration for {@link WorkBridgeFactory} pointing at the simulators, with an embedded store in
   * {@code storeDirectory}; {@code extraLines} are appended (e.g. webhook settings), {@code
   * extraEnvironment} joins {@link #environment()}.
   */
  public WorkBridgeConfig config(Path storeDirectory, Map<String, String> extraEnvironment, String... extraLines) {
    Map<String, String> environment = new java.util.HashMap<>(environment());
    environment.putAll(extraEnvironment);
    return WorkBridgeConfig.parse(configText(storeDirectory, extraLines), environment);
  }

  /**
   * The configuration YAML of {@link #config}, credentials as {@code ${VARIABLES}} of {@link #environment()};
   * {@code extraLines} are {@code dotted.key=value} lines that add or replace keys (see {@link DottedYaml}).
   */
  public String configText(Path storeDirectory, String... extraLines) {
    return DottedYaml.of(configLines(storeDirectory, extraLines));
  }

  /** The configuration of {@link #configText} as {@code dotted.key=value} lines. */
  public List<String> configLines(Path storeDirectory, String... extraLines) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "connectionId=simulated",
                "store.directory=" + storeDirectory.toString().replace("\\", "/"),
                "workOrders.companyName=Acme HVAC",
                "workOrders.activatedAt=" + activatedAt,
                "serviceTitan.applicationGuid=" + APPLICATION_GUID,
                "leads.enabled=true",
                "leads.baseUrl=" + vendor.baseUrl(),
                "leads.clientId=" + LeadsVendorSimulator.CLIENT_ID,
                "leads.clientSecret=${LEADS_CLIENT_SECRET}",
                "leads.bookingProviderId=" + serviceTitan.leadBookingProviderId(),
                "leads.campaignId=" + serviceTitan.referenceData().campaignId()));
    lines.addAll(SimulatorConfig.serviceTitan(serviceTitan));
    lines.addAll(SimulatorConfig.serviceChannel(serviceChannel));
    lines.addAll(List.of(extraLines));
    return lines;
  }

  /** The environment variables holding the simulators' credentials. */
  public Map<String, String> environment() {
    Map<String, String> environment = new java.util.HashMap<>(SimulatorConfig.environment(serviceTitan));
    environment.put("LEADS_CLIENT_SECRET", LeadsVendorSimulator.CLIENT_SECRET);
    return Map.copyOf(environment);
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable client : clients) {
      client.close();
    }
    vendor.close();
    serviceChannel.close();
    serviceTitan.close();
  }
}
