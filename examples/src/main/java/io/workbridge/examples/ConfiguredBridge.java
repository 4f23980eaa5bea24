package io.workbridge.examples;

import io.workbridge.client.Secret;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.config.ConfigWriter;
import io.workbridge.runtime.config.LeadsConfig;
import io.workbridge.runtime.config.ServiceChannelConfig;
import io.workbridge.runtime.config.ServiceTitanConfig;
import io.workbridge.runtime.config.StoreConfig;
import io.workbridge.runtime.config.SubscriberConfig;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.runtime.config.WorkOrdersConfig;
import io.workbridge.servicechannel.ServiceChannelEnvironment;
import io.workbridge.servicetitan.ServiceTitanEnvironment;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WorkBridge configured in Java: the same configuration model a {@code workbridge.yaml} file is read into,
 * built with its builders (each section checks itself, naming every problem by its key), shown as YAML with
 * its secrets masked ({@link ConfigWriter#show}), and turned into a running bridge by {@link
 * WorkBridgeFactory} — here over the examples' own {@code file} store, chosen by name like any store.
 * Work orders are booked under the work orders' booking provider, the vendor's alert under the leads' own.
 *
 * <p>Run it with its test:
 *
 * <pre>mvn -B -q -pl examples -am verify -Dtest=ConfiguredBridgeTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
public final class ConfiguredBridge {
  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredBridge.class);

  private ConfiguredBridge() {}

  /** Runs the example against fresh simulators, the state file in a new temporary directory. */
  public static void main(String[] args) {
    Path data = CustomStoreSync.temporaryDirectory();
    try (ServiceChannelSimulator serviceChannel = new ServiceChannelSimulator().start();
        ServiceTitanSimulator serviceTitan = ServiceTitanSimulator.builder().build().start();
        LeadsVendorSimulator vendor = new LeadsVendorSimulator(MutableClock.at(Instant.now())).start()) {
      ServiceChannelQuickstart.seed(serviceChannel, 2);
      vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
      run(configuration(serviceChannel, serviceTitan, vendor, data.resolve("state.bin")));
    }
  }

  /**
   * The configuration of a bridge over the three simulators, built in Java: credentials as {@link Secret}s (from
   * wherever your service keeps them), the provider's usual decline reason, one subscriber's completion status.
   */
  public static WorkBridgeConfig configuration(
      ServiceChannelSimulator serviceChannel, ServiceTitanSimulator serviceTitan, LeadsVendorSimulator vendor, Path stateFile) {
    return WorkBridgeConfig.builder()
        .connectionId("acme-hvac")
        .store(StoreConfig.builder().provider("file").putOption("file", stateFile.toString()).build())
        .serviceTitan(
            ServiceTitanConfig.builder()
                .environment(ServiceTitanEnvironment.INTEGRATION)
                .apiBaseUrl(serviceTitan.baseUrl())
                .authBaseUrl(serviceTitan.tokenUrl().replace("connect/token", ""))
                .tenantId(serviceTitan.tenantId())
                .clientId(serviceTitan.clientId())
                .appKey(Secret.of(serviceTitan.appKey()))
                .clientSecret(Secret.of(serviceTitan.clientSecret()))
                .bookingProviderId(serviceTitan.bookingProviderId())
                .build())
        .serviceChannel(
            ServiceChannelConfig.builder()
                .environment(ServiceChannelEnvironment.SANDBOX2)
                .apiBaseUrl(serviceChannel.apiBaseUrl())
                .loginBaseUrl(serviceChannel.tokenUrl().replace("oauth/token", ""))
                .clientId(ServiceChannelSimulator.CLIENT_ID)
                .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
                .username(ServiceChannelSimulator.USERNAME)
                .password(Secret.of(ServiceChannelSimulator.PASSWORD))
                .declineReasonId(1)
                .build())
        .workOrders(
            WorkOrdersConfig.builder()
                .activatedAt(Instant.now().minus(Duration.ofHours(1)))
                .companyName("Acme HVAC")
                .putSubscriber(
                    ServiceChannelQuickstart.SUBSCRIBER_ID,
                    SubscriberConfig.builder()
                        .putStatusMapping(StatusAction.COMPLETE, WorkOrderStatus.of("COMPLETED", "PENDING CONFIRMATION"))
                        .build())
                .build())
        .leads(
            LeadsConfig.builder()
                .baseUrl(vendor.baseUrl())
                .clientId(LeadsVendorSimulator.CLIENT_ID)
                .clientSecret(Secret.of(LeadsVendorSimulator.CLIENT_SECRET))
                .bookingProviderId(serviceTitan.leadBookingProviderId())
                .campaignId(serviceTitan.referenceData().campaignId())
                .build())
        .build();
  }

  /** Shows the configuration, builds the bridge from it, runs one cycle of every stream and returns the reports. */
  public static Map<String, SyncReport> run(WorkBridgeConfig config) {
    LOG.info("The effective configuration (secrets masked):\n{}", ConfigWriter.show(config));
    try (WorkBridge bridge = WorkBridgeFactory.create(config, Clock.systemUTC())) {
      Map<String, SyncReport> reports = bridge.runOnce();
      reports.forEach((stream, report) -> LOG.info("{}: {}", stream, report));
      return reports;
    }
  }
}
