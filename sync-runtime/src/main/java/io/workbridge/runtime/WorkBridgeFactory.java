package io.workbridge.runtime;

import io.workbridge.client.Sleeper;
import io.workbridge.leads.LeadsClient;
import io.workbridge.runtime.adapter.ServiceChannelWorkOrderPlatform;
import io.workbridge.runtime.adapter.ServiceTitanFieldServicePlatform;
import io.workbridge.runtime.adapter.VendorLeadFeed;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.runtime.webhook.WebhookSettings;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.ServiceChannelEnvironment;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.ServiceTitanEnvironment;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a ready {@link WorkBridge} from a {@link WorkBridgeConfig}: the three clients (explicit base URLs
 * when the configuration sets them, otherwise the named environments), the store its settings name
 * ({@code jdbc} by default), the adapters of {@code io.workbridge.runtime.adapter}, the work-order and lead
 * workflows and their poll intervals (the notes and invoices intervals go to the ServiceTitan feed), and
 * the webhook endpoints when enabled. The bridge owns everything it was built with: {@link WorkBridge#close()} closes
 * the clients and the store.
 *
 * <pre>{@code
 * WorkBridgeConfig config = WorkBridgeConfig.load(Path.of("workbridge.properties"), System.getenv());
 * try (WorkBridge bridge = WorkBridgeFactory.create(config, Clock.systemUTC())) {
 *   bridge.start();
 *   ...
 * }
 * }</pre>
 */
public final class WorkBridgeFactory {
  private WorkBridgeFactory() {}

  /**
   * Builds the bridge; nothing is called remotely until it runs.
   *
   * @param config the validated configuration
   * @param clock the time source of the clients, the store and the scheduler
   * @return the bridge, which closes the clients and the store when closed
   */
  public static WorkBridge create(WorkBridgeConfig config, Clock clock) {
    return create(config, clock, workOrderSettings -> {}, leadSettings -> {});
  }

  /**
   * Builds the bridge with the settings the configuration file does not hold adjusted in code:
   * auto-conversion rules (SC-4), field templates (SC-2, SC-22), per-subscriber preferences and status
   * mappings (SC-14, SC-18, SC-21), the technician → ServiceChannel user map (SC-11), and for leads the
   * actionable filter, job-type mapping, business units and routing (LD-2 … LD-9).
   *
   * <pre>{@code
   * WorkBridgeFactory.create(config, Clock.systemUTC(),
   *     workOrders -> workOrders.conversionRules(ConversionRules.of(rule)),
   *     leads -> leads.jobTypes(JobTypeMapping.builder().enabled("HVAC Maintenance", false).build()));
   * }</pre>
   *
   * @param config the validated configuration
   * @param clock the time source of the clients, the store and the scheduler
   * @param workOrderSettings adjusts the work-order settings after the file's values are set
   * @param leadSettings adjusts the lead settings after the file's values are set; not called when the file
   *     has no leads section
   * @return the bridge, which closes the clients and the store when closed
   */
  public static WorkBridge create(
      WorkBridgeConfig config,
      Clock clock,
      Consumer<WorkOrderSyncSettings.Builder> workOrderSettings,
      Consumer<LeadSyncConfig.Builder> leadSettings) {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      ServiceTitanClient serviceTitan = serviceTitan(config.serviceTitan(), clock, Sleeper.SYSTEM);
      opened.add(serviceTitan);
      ServiceChannelClient serviceChannel = serviceChannel(config.serviceChannel(), clock, Sleeper.SYSTEM);
      opened.add(serviceChannel);
      SyncStore store =
          SyncStoreProvider.named(config.store().provider())
              .create(SyncStoreSettings.builder().clock(clock).putAllProperties(config.storeProperties()).build());
      opened.add(store);

      ServiceTitanFieldServicePlatform fieldService =
          ServiceTitanFieldServicePlatform.builder()
              .client(serviceTitan)
              .feedStart(config.sync().activatedAt())
              .clock(clock)
              .notesEvery(config.schedule().notes())
              .invoicesEvery(config.schedule().invoices())
              .build();
      ServiceChannelWorkOrderPlatform workOrders =
          ServiceChannelWorkOrderPlatform.builder()
              .client(serviceChannel)
              .startAt(config.sync().activatedAt())
              .apiUsername(config.serviceChannel().username())
              .clock(clock)
              .build();
      WorkOrderSyncSettings.Builder settings =
          WorkOrderSyncSettings.builder().companyName(config.sync().companyName()).activatedAt(config.sync().activatedAt());
      workOrderSettings.accept(settings);
      WorkBridge.Builder bridge =
          WorkBridge.builder()
              .connectionId(ConnectionId.of(config.connectionId()))
              .store(store)
              .clock(clock)
              .workOrders(workOrders, fieldService, settings.build())
              .every(WorkBridge.WORK_ORDERS, config.schedule().workOrders())
              .every(WorkBridge.SERVICETITAN_CHANGES, config.schedule().serviceTitanChanges());
      if (config.leads().isPresent()) {
        WorkBridgeConfig.Leads leads = config.leads().get();
        LeadSyncConfig.Builder leadBuilder =
            LeadSyncConfig.builder().enabled(leads.enabled()).vendorCampaignId(leads.vendorCampaignId());
        leadSettings.accept(leadBuilder);
        LeadSyncConfig leadSync = leadBuilder.build();
        LeadsClient vendor = leadsVendor(leads, Math.min(500, leadSync.pageSize()), clock, Sleeper.SYSTEM);
        opened.add(vendor);
        bridge.leads(new VendorLeadFeed(vendor), fieldService, leadSync).every(WorkBridge.LEADS, config.schedule().leads());
      }
      webhooks(config.webhooks()).ifPresent(bridge::webhooks);
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

  /** The webhook endpoints to serve: none unless enabled, and each only with its signing key. */
  static Optional<WebhookSettings> webhooks(WorkBridgeConfig.Webhooks config) {
    if (!config.enabled() || (config.serviceChannelSecret().isEmpty() && config.leadsSecret().isEmpty())) {
      return Optional.empty();
    }
    WebhookSettings.Builder settings = WebhookSettings.builder().port(config.port()).maxBodyBytes(config.maxBodyBytes());
    config.serviceChannelSecret().ifPresent(key -> settings.serviceChannel(config.serviceChannelPath(), key));
    config.leadsSecret().ifPresent(secret -> settings.leads(config.leadsPath(), secret));
    return Optional.of(settings.build());
  }

  static ServiceTitanClient serviceTitan(WorkBridgeConfig.ServiceTitan settings, Clock clock, Sleeper sleeper) {
    ServiceTitanClient.Builder builder =
        ServiceTitanClient.builder()
            .tenantId(settings.tenantId())
            .appKey(settings.appKey())
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .clock(clock)
            .sleeper(sleeper);
    ServiceTitanEnvironment environment = ServiceTitanEnvironment.valueOf(settings.environment().toUpperCase(Locale.ROOT));
    builder.environment(environment);
    settings.apiBaseUrl().ifPresent(url -> builder.baseUrl(withSlash(url)));
    settings.authBaseUrl().ifPresent(url -> builder.tokenUrl(withSlash(url) + "connect/token"));
    settings.bookingProviderId().ifPresent(builder::bookingProviderId);
    settings.applicationGuid().ifPresent(builder::applicationGuid);
    settings.requestsPerSecond().ifPresent(permits -> builder.rateLimit(permits, Duration.ofSeconds(1)));
    return builder.build();
  }

  static ServiceChannelClient serviceChannel(WorkBridgeConfig.ServiceChannel settings, Clock clock, Sleeper sleeper) {
    ServiceChannelClient.Builder builder =
        ServiceChannelClient.builder()
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .username(settings.username())
            .password(settings.password())
            .clock(clock)
            .sleeper(sleeper);
    builder.environment(ServiceChannelEnvironment.valueOf(settings.environment().toUpperCase(Locale.ROOT)));
    settings.apiBaseUrl().ifPresent(url -> builder.baseUrl(withSlash(url)));
    settings.loginBaseUrl().ifPresent(url -> builder.tokenUrl(withSlash(url) + "oauth/token"));
    settings.requestsPerMinute().ifPresent(permits -> builder.rateLimit(permits, Duration.ofMinutes(1)));
    return builder.build();
  }

  static LeadsClient leadsVendor(WorkBridgeConfig.Leads settings, int alertPageSize, Clock clock, Sleeper sleeper) {
    LeadsClient.Builder builder =
        LeadsClient.builder()
            .baseUrl(settings.baseUrl())
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .alertPageSize(alertPageSize)
            .clock(clock)
            .sleeper(sleeper);
    settings.requestsPerSecond().ifPresent(permits -> builder.rateLimit(permits, Duration.ofSeconds(1)));
    return builder.build();
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
