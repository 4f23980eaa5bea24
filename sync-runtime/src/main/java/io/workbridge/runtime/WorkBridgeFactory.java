package io.workbridge.runtime;

import io.workbridge.adapters.ServiceChannelWorkOrderPlatform;
import io.workbridge.adapters.ServiceTitanFieldServicePlatform;
import io.workbridge.adapters.VendorLeadFeed;
import io.workbridge.client.ApiCallListener;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.Sleeper;
import io.workbridge.client.spi.AbstractClientBuilder;
import io.workbridge.leads.LeadsClient;
import io.workbridge.runtime.config.AccountConfig;
import io.workbridge.runtime.config.AutoConvertRuleConfig;
import io.workbridge.runtime.config.HttpConfig;
import io.workbridge.runtime.config.JobTypeConfig;
import io.workbridge.runtime.config.LeadsConfig;
import io.workbridge.runtime.config.LocationMappingConfig;
import io.workbridge.runtime.config.ServiceChannelConfig;
import io.workbridge.runtime.config.ServiceTitanConfig;
import io.workbridge.runtime.config.StoreConfig;
import io.workbridge.runtime.config.SubscriberConfig;
import io.workbridge.runtime.config.TenantJobTypeConfig;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.runtime.config.WorkOrdersConfig;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.sync.mapping.ActionableFilter;
import io.workbridge.sync.mapping.BusinessUnitAssignments;
import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.EntityMapping;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.mapping.JobTypeMapping;
import io.workbridge.sync.model.IvrInfo;
import io.workbridge.sync.status.StatusMapping;
import io.workbridge.sync.status.SubscriberStatusOverrides;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.SubscriberPreferences;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds a ready {@link WorkBridge} from a {@link WorkBridgeConfig}, every key wired: the clients (explicit base
 * URLs when set, otherwise the named environments; the HTTP timeouts; one rate limiter shared by the
 * ServiceTitan clients), the store its settings name, the explicit location mappings (SC-5), the adapters, the
 * work-order settings (status mapping and per-subscriber overrides, booking fields, IVR, NTE field,
 * auto-conversion rules, preferences, technician map) and the lead settings (actionable filter, job-type
 * table, business units and campaigns per account and profile, routing, customer matching), the leads booked
 * under their own booking provider, the poll intervals and the webhook endpoints. The bridge owns everything
 * it was built with: {@link WorkBridge#close()} closes the clients and the store.
 *
 * <pre>{@code
 * WorkBridgeConfig config = WorkBridgeConfig.load(Path.of("workbridge.yaml"), System.getenv());
 * try (WorkBridge bridge = WorkBridgeFactory.create(config, Clock.systemUTC())) {
 *   bridge.start();
 *   ...
 * }
 * }</pre>
 */
public final class WorkBridgeFactory {
  private WorkBridgeFactory() {}

  /**
   * Builds the bridge; nothing is called remotely until it runs (the store is opened, and the explicit
   * location mappings are written to it).
   *
   * @param config the validated configuration
   * @param clock the time source of the clients, the store and the scheduler
   * @return the bridge, which closes the clients and the store when closed
   */
  public static WorkBridge create(WorkBridgeConfig config, Clock clock) {
    return create(config, clock, Sleeper.SYSTEM, workOrderSettings -> {}, leadSettings -> {});
  }

  /**
   * Builds the bridge with the workflow settings adjusted in code after the configuration's are set: for what a
   * file cannot say (a custom {@code CustomerMatcher} threshold, page sizes, field templates' source name).
   *
   * @param config the validated configuration
   * @param clock the time source of the clients, the store and the scheduler
   * @param workOrderSettings adjusts the work-order settings after the configuration's values are set
   * @param leadSettings adjusts the lead settings after the configuration's values are set; not called when
   *     there is no leads section
   * @return the bridge, which closes the clients and the store when closed
   */
  public static WorkBridge create(
      WorkBridgeConfig config,
      Clock clock,
      Consumer<WorkOrderSyncSettings.Builder> workOrderSettings,
      Consumer<LeadSyncConfig.Builder> leadSettings) {
    return create(config, clock, Sleeper.SYSTEM, workOrderSettings, leadSettings);
  }

  /**
   * As {@link #create(WorkBridgeConfig, Clock, Consumer, Consumer)}, the clients waiting through
   * {@code sleeper} (a test seam: simulated time).
   *
   * @param config the configuration
   * @param clock the clock to read time from
   * @param sleeper how the clients wait between retries and for rate limits
   * @param workOrderSettings adjusts the work-order sync settings built from the configuration
   * @param leadSettings adjusts the lead sync configuration built from the configuration
   * @return the bridge
   */
  public static WorkBridge create(
      WorkBridgeConfig config,
      Clock clock,
      Sleeper sleeper,
      Consumer<WorkOrderSyncSettings.Builder> workOrderSettings,
      Consumer<LeadSyncConfig.Builder> leadSettings) {
    return create(config, clock, sleeper, workOrderSettings, leadSettings, SyncObserver.NONE);
  }

  /**
   * As {@link #create(WorkBridgeConfig, Clock, Sleeper, Consumer, Consumer)}, with {@code observer} told about
   * every HTTP attempt of every client and every cycle (for example {@link
   * io.workbridge.runtime.metrics.WorkBridgeMetrics}).
   *
   * @param config the configuration
   * @param clock the clock to read time from
   * @param sleeper how the clients wait between retries and for rate limits
   * @param workOrderSettings adjusts the work-order sync settings built from the configuration
   * @param leadSettings adjusts the lead sync configuration built from the configuration
   * @param observer told about every HTTP attempt and every cycle
   * @return the bridge
   */
  public static WorkBridge create(
      WorkBridgeConfig config,
      Clock clock,
      Sleeper sleeper,
      Consumer<WorkOrderSyncSettings.Builder> workOrderSettings,
      Consumer<LeadSyncConfig.Builder> leadSettings,
      SyncObserver observer) {
    return create(config, clock, sleeper, workOrderSettings, leadSettings, observer, null);
  }

  /**
   * Builds the bridge of a connection kept in a store shared with other connections (a fleet's: one pool for all
   * of them), in the scope of the configuration's {@code connectionId}. The configuration's {@code store} section
   * is not used, and the store is not closed with the bridge: its owner closes it.
   *
   * @param config the validated configuration
   * @param clock the time source of the clients and the scheduler
   * @param store the shared store
   * @return the bridge, which closes its clients when closed
   */
  public static WorkBridge create(WorkBridgeConfig config, Clock clock, SyncStore store) {
    return create(config, clock, Sleeper.SYSTEM, settings -> {}, settings -> {}, SyncObserver.NONE, store);
  }

  /**
   * As {@link #create(WorkBridgeConfig, Clock, Sleeper, Consumer, Consumer, SyncObserver)}, the connection kept in
   * {@code sharedStore} when one is given (see {@link #create(WorkBridgeConfig, Clock, SyncStore)}).
   *
   * @param config the configuration
   * @param clock the clock to read time from
   * @param sleeper how the clients wait between retries and for rate limits
   * @param workOrderSettings adjusts the work-order sync settings built from the configuration
   * @param leadSettings adjusts the lead sync configuration built from the configuration
   * @param observer told about every HTTP attempt and every cycle
   * @param sharedStore a store shared with other connections, not closed with the bridge; null to open the
   *     configuration's own
   * @return the bridge
   */
  public static WorkBridge create(
      WorkBridgeConfig config,
      Clock clock,
      Sleeper sleeper,
      Consumer<WorkOrderSyncSettings.Builder> workOrderSettings,
      Consumer<LeadSyncConfig.Builder> leadSettings,
      SyncObserver observer,
      @Nullable SyncStore sharedStore) {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      Clients clients = Clients.open(config, clock, sleeper, observer, opened);
      SyncStore store = sharedStore;
      if (store == null) {
        store = openStore(config.store(), clock);
        opened.add(store);
      }
      ConnectionId connection = ConnectionId.of(config.connectionId());
      EntityMapping mappings = new EntityMapping(store.connection(connection).mappings());
      for (LocationMappingConfig mapping : config.workOrders().locations()) {
        mappings.set(mapping.subscriberId(), mapping.locationId(), mapping.customerId(), mapping.customerLocationId());
      }

      ServiceTitanFieldServicePlatform fieldService = fieldService(config, clients.serviceTitan(), clock);
      ServiceChannelWorkOrderPlatform.Builder workOrders =
          ServiceChannelWorkOrderPlatform.builder()
              .client(clients.serviceChannel())
              .startAt(config.workOrders().activatedAt())
              .apiUsername(config.serviceChannel().username())
              .clock(clock);
      config.serviceChannel().providerName().ifPresent(workOrders::providerName);
      WorkOrderSyncSettings.Builder settings = workOrderSettings(config);
      workOrderSettings.accept(settings);
      WorkBridge.Builder bridge =
          WorkBridge.builder()
              .connectionId(connection)
              .store(store)
              .clock(clock)
              .listener(observer)
              .workOrders(workOrders.build(), fieldService, settings.build())
              .every(WorkBridge.WORK_ORDERS, config.schedule().workOrders())
              .every(WorkBridge.SERVICETITAN_CHANGES, config.schedule().serviceTitanChanges());
      if (config.leads().isPresent()) {
        LeadsConfig leads = config.leads().get();
        LeadSyncConfig.Builder leadBuilder =
            leadSettings(leads)
                .recordRetry(config.retries().policy())
                .uncertainEffectSettle(config.workOrders().uncertainEffectSettle());
        leadSettings.accept(leadBuilder);
        LeadSyncConfig leadSync = leadBuilder.build();
        LeadsClient vendor = leadsVendor(leads, config.http(), Math.min(500, leadSync.pageSize()), clock, sleeper, observer);
        opened.add(vendor);
        ServiceTitanFieldServicePlatform leadBookings =
            clients.leadServiceTitan().map(client -> fieldService(config, client, clock)).orElse(fieldService);
        bridge.leads(new VendorLeadFeed(vendor), leadBookings, leadSync).every(WorkBridge.LEADS, config.schedule().leads());
      }
      opened.forEach(bridge::closing);
      return bridge.build();
    } catch (RuntimeException failure) {
      for (AutoCloseable resource : opened) {
        try {
          resource.close();
        } catch (Exception suppressed) {
          failure.addSuppressed(suppressed);
        }
      }
      throw failure;
    }
  }

  /** The ServiceTitan clients: the work orders' booking provider, and the leads' own when they have one. */
  private record Clients(
      ServiceTitanClient serviceTitan, Optional<ServiceTitanClient> leadServiceTitan, ServiceChannelClient serviceChannel) {
    static Clients open(
        WorkBridgeConfig config, Clock clock, Sleeper sleeper, ApiCallListener listener, List<AutoCloseable> opened) {
      RateLimiter serviceTitanLimit = serviceTitanRateLimiter(config.serviceTitan(), clock, sleeper);
      ServiceTitanClient serviceTitan =
          WorkBridgeFactory.serviceTitan(config.serviceTitan(), config.http(), serviceTitanLimit, config.serviceTitan().bookingProviderId(), clock, sleeper, listener);
      opened.add(serviceTitan);
      Optional<ServiceTitanClient> leads = Optional.empty();
      Optional<Long> leadProvider = config.leads().flatMap(LeadsConfig::bookingProviderId);
      if (leadProvider.isPresent()) {
        ServiceTitanClient leadClient =
            WorkBridgeFactory.serviceTitan(config.serviceTitan(), config.http(), serviceTitanLimit, leadProvider.get(), clock, sleeper, listener);
        opened.add(leadClient);
        leads = Optional.of(leadClient);
      }
      ServiceChannelClient serviceChannel = WorkBridgeFactory.serviceChannel(config.serviceChannel(), config.http(), clock, sleeper, listener);
      opened.add(serviceChannel);
      return new Clients(serviceTitan, leads, serviceChannel);
    }
  }

  /** Opens the store the settings name, with the clock and the lease. */
  static SyncStore openStore(StoreConfig store, Clock clock) {
    return SyncStoreProvider.named(store.provider())
        .create(
            SyncStoreSettings.builder()
                .clock(clock)
                .defaultLease(store.lease())
                .owner(store.owner())
                .existingOnly(!store.migrate())
                .putAllProperties(store.properties())
                .build());
  }

  private static ServiceTitanFieldServicePlatform fieldService(WorkBridgeConfig config, ServiceTitanClient client, Clock clock) {
    ServiceTitanFieldServicePlatform.Builder fieldService =
        ServiceTitanFieldServicePlatform.builder()
            .client(client)
            .feedStart(config.workOrders().activatedAt())
            .clock(clock)
            .notesEvery(config.schedule().notes())
            .invoicesEvery(config.schedule().invoices());
    config.serviceTitan().jobDefaults()
        .ifPresent(defaults -> fieldService.jobDefaults(defaults.businessUnitId(), defaults.jobTypeId(), defaults.campaignId()));
    return fieldService.build();
  }

  /** The work-order settings the configuration describes (SC-2 … SC-22). */
  static WorkOrderSyncSettings.Builder workOrderSettings(WorkBridgeConfig config) {
    WorkOrdersConfig workOrders = config.workOrders();
    StatusMapping.Builder statuses =
        StatusMapping.builder().putAllTargets(workOrders.statusMapping()).addAllInvoiceStatusNames(workOrders.invoiceTrigger());
    FieldTemplates.Builder templates = FieldTemplates.builder().fields(workOrders.bookingFields());
    config.serviceTitan().nteCustomField().ifPresent(field -> templates.nteCustomField(field.label()));
    WorkOrderSyncSettings.Builder settings =
        WorkOrderSyncSettings.builder()
            .companyName(workOrders.companyName())
            .activatedAt(workOrders.activatedAt())
            .uncertainEffectSettle(workOrders.uncertainEffectSettle())
            .concurrency(workOrders.concurrency())
            .defaultPreferences(
                SubscriberPreferences.builder().declineReasonId(config.serviceChannel().declineReasonId()).build())
            .putAllTechnicianUsers(config.serviceTitan().technicianUsers())
            .recordRetry(config.retries().policy());
    for (Map.Entry<Long, SubscriberConfig> entry : workOrders.subscribers().entrySet()) {
      long id = entry.getKey();
      SubscriberConfig subscriber = entry.getValue();
      if (!subscriber.statusMapping().isEmpty() || !subscriber.invoiceTrigger().isEmpty()) {
        statuses.putSubscriberOverride(
            id,
            SubscriberStatusOverrides.builder()
                .putAllTargets(subscriber.statusMapping())
                .addAllInvoiceStatusNames(subscriber.invoiceTrigger())
                .build());
      }
      subscriber.ivr().ifPresent(ivr -> {
        IvrInfo.Builder info = IvrInfo.builder().instructions(ivr.instructions()).phoneNumber(ivr.phone());
        ivr.pin().ifPresent(pin -> info.pin(pin.reveal()));
        templates.putIvr(id, info.build());
      });
      settings.putSubscriberPreference(
          id,
          SubscriberPreferences.builder()
              .notesEnabled(subscriber.noteSync())
              .ivrOnly(subscriber.ivrOnly())
              .sendAttachmentsAfterDone(subscriber.attachmentsAfterDone())
              .declineReasonId(subscriber.declineReasonId().orElse(config.serviceChannel().declineReasonId()))
              .build());
    }
    List<ConversionRule> rules = new ArrayList<>();
    for (AutoConvertRuleConfig rule : workOrders.autoConvert()) {
      rules.add(
          ConversionRule.builder()
              .subscriberId(rule.subscriberId())
              .locationId(rule.locationId())
              .trade(rule.trade())
              .category(rule.category())
              .priority(rule.priority())
              .target(rule.target())
              .businessUnitId(rule.businessUnitId())
              .jobTypeId(rule.jobTypeId())
              .campaignId(rule.campaignId())
              .fieldPriority(rule.fieldPriority())
              .build());
    }
    return settings.statusMapping(statuses.build()).fieldTemplates(templates.build()).conversionRules(new ConversionRules(rules));
  }

  /** The lead settings the configuration describes (LD-1 … LD-9). */
  static LeadSyncConfig.Builder leadSettings(LeadsConfig leads) {
    JobTypeMapping.Builder jobTypes = JobTypeMapping.builder();
    for (Map.Entry<String, JobTypeConfig> entry : leads.jobTypes().entrySet()) {
      String standard = entry.getKey();
      JobTypeConfig type = entry.getValue();
      type.alertTypes().forEach(alertType -> jobTypes.standardJobType(alertType, standard));
      jobTypes.enabled(standard, type.enabled());
      for (TenantJobTypeConfig tenant : type.tenantJobTypes()) {
        jobTypes.tenantJobType(tenant.trade(), standard, tenant.jobTypeId(), tenant.businessUnitId());
      }
    }
    BusinessUnitAssignments.Builder units = BusinessUnitAssignments.builder();
    LeadSyncConfig.Builder settings =
        LeadSyncConfig.builder()
            .enabled(leads.enabled())
            .integrationName(leads.source())
            .vendorCampaignId(leads.campaignId())
            .routing(leads.routing())
            .matchCustomers(leads.matchCustomers())
            .filter(ActionableFilter.builder().actionableTypes(leads.alertTypes()).actionableSeverities(leads.severities()).build())
            .jobTypes(jobTypes.build());
    for (Map.Entry<String, AccountConfig> entry : leads.accounts().entrySet()) {
      String account = entry.getKey();
      entry.getValue().businessUnitId().ifPresent(unit -> units.account(account, unit));
      entry.getValue().profiles().forEach((profile, unit) -> units.profile(account, profile, unit));
      entry.getValue().campaignId().ifPresent(campaign -> settings.putCampaignByAccount(account, campaign));
    }
    return settings.businessUnits(units.build());
  }

  /** ServiceTitan's client-side limit, one bucket for every ServiceTitan client of the connection (per app and tenant). */
  static RateLimiter serviceTitanRateLimiter(ServiceTitanConfig settings, Clock clock, Sleeper sleeper) {
    return RateLimiter.perWindow(settings.requestsPerSecond().orElse(60), Duration.ofSeconds(1), clock, sleeper);
  }

  /** A ServiceTitan client booking under {@code bookingProviderId}. */
  static ServiceTitanClient serviceTitan(
      ServiceTitanConfig settings,
      HttpConfig http,
      RateLimiter limiter,
      long bookingProviderId,
      Clock clock,
      Sleeper sleeper,
      ApiCallListener listener) {
    ServiceTitanClient.Builder builder =
        ServiceTitanClient.builder()
            .environment(settings.environment())
            .tenantId(settings.tenantId())
            .appKey(settings.appKey())
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .bookingProviderId(bookingProviderId)
            .rateLimiter(limiter)
            .clock(clock)
            .sleeper(sleeper);
    common(builder, http, listener);
    settings.apiBaseUrl().ifPresent(url -> builder.baseUrl(withSlash(url)));
    settings.authBaseUrl().ifPresent(url -> builder.tokenUrl(withSlash(url) + "connect/token"));
    settings.applicationGuid().ifPresent(builder::applicationGuid);
    return builder.build();
  }

  /** The ServiceChannel client. */
  static ServiceChannelClient serviceChannel(
      ServiceChannelConfig settings, HttpConfig http, Clock clock, Sleeper sleeper, ApiCallListener listener) {
    ServiceChannelClient.Builder builder =
        ServiceChannelClient.builder()
            .environment(settings.environment())
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .username(settings.username())
            .password(settings.password())
            .clock(clock)
            .sleeper(sleeper);
    common(builder, http, listener);
    settings.apiBaseUrl().ifPresent(url -> builder.baseUrl(withSlash(url)));
    settings.loginBaseUrl().ifPresent(url -> builder.tokenUrl(withSlash(url) + "oauth/token"));
    settings.requestsPerMinute().ifPresent(permits -> builder.rateLimit(permits, Duration.ofMinutes(1)));
    return builder.build();
  }

  /** The leads vendor's client. */
  static LeadsClient leadsVendor(
      LeadsConfig settings, HttpConfig http, int alertPageSize, Clock clock, Sleeper sleeper, ApiCallListener listener) {
    LeadsClient.Builder builder =
        LeadsClient.builder()
            .baseUrl(settings.baseUrl())
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .alertPageSize(alertPageSize)
            .clock(clock)
            .sleeper(sleeper);
    common(builder, http, listener);
    settings.tokenUrl().ifPresent(builder::tokenUrl);
    settings.requestsPerSecond().ifPresent(permits -> builder.rateLimit(permits, Duration.ofSeconds(1)));
    return builder.build();
  }

  private static void common(AbstractClientBuilder<?> builder, HttpConfig http, ApiCallListener listener) {
    builder
        .callListener(listener)
        .connectTimeout(http.connectTimeout())
        .readTimeout(http.readTimeout())
        .writeTimeout(http.writeTimeout())
        .callTimeout(http.callTimeout());
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
