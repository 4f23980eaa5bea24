package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SC-23: preflight against the three simulators, each credential and permission checked and explained. */
class PreflightTest {
  @TempDir Path data;

  private final MutableClock time = MutableClock.at(java.time.Instant.parse("2026-06-01T14:00:00Z"));
  private ServiceTitanSimulator serviceTitan;
  private ServiceChannelSimulator serviceChannel;
  private LeadsVendorSimulator vendor;

  @BeforeEach
  void start() {
    serviceTitan = ServiceTitanSimulator.builder().clock(time).build().start();
    serviceChannel = new ServiceChannelSimulator(time, 1_000, 1_000).start();
    vendor = new LeadsVendorSimulator(time).start();
  }

  @AfterEach
  void stop() {
    vendor.close();
    serviceChannel.close();
    serviceTitan.close();
  }

  private WorkBridgeConfig config(String serviceTitanAppKey) {
    String text =
        DottedYaml.of(
            java.util.List.of(
                "connectionId=preflight",
                "store.directory=" + data.toString().replace("\\", "/"),
                "workOrders.companyName=Acme HVAC",
                "workOrders.activatedAt=" + time.instant().minus(Duration.ofHours(1)),
                "serviceTitan.environment=integration",
                "serviceTitan.apiBaseUrl=" + serviceTitan.baseUrl(),
                "serviceTitan.authBaseUrl=" + strip(serviceTitan.tokenUrl(), "connect/token"),
                "serviceTitan.tenantId=" + serviceTitan.tenantId(),
                "serviceTitan.clientId=" + serviceTitan.clientId(),
                "serviceTitan.appKey=${ST_APP_KEY}",
                "serviceTitan.clientSecret=${ST_CLIENT_SECRET}",
                "serviceTitan.bookingProviderId=" + serviceTitan.bookingProviderId(),
                "serviceChannel.environment=sandbox2",
                "serviceChannel.apiBaseUrl=" + serviceChannel.apiBaseUrl(),
                "serviceChannel.loginBaseUrl=" + strip(serviceChannel.tokenUrl(), "oauth/token"),
                "serviceChannel.clientId=" + ServiceChannelSimulator.CLIENT_ID,
                "serviceChannel.username=" + ServiceChannelSimulator.USERNAME,
                "serviceChannel.clientSecret=${SC_CLIENT_SECRET}",
                "serviceChannel.password=${SC_PASSWORD}",
                "leads.baseUrl=" + vendor.baseUrl(),
                "leads.clientId=" + LeadsVendorSimulator.CLIENT_ID,
                "leads.clientSecret=${LEADS_CLIENT_SECRET}",
                "leads.bookingProviderId=" + serviceTitan.leadBookingProviderId(),
                "leads.campaignId=1"));
    return WorkBridgeConfig.parse(
        text,
        Map.of(
            "ST_APP_KEY", serviceTitanAppKey,
            "ST_CLIENT_SECRET", serviceTitan.clientSecret(),
            "SC_CLIENT_SECRET", ServiceChannelSimulator.CLIENT_SECRET,
            "SC_PASSWORD", ServiceChannelSimulator.PASSWORD,
            "LEADS_CLIENT_SECRET", LeadsVendorSimulator.CLIENT_SECRET));
  }

  private static String strip(String url, String suffix) {
    assertThat(url).endsWith(suffix);
    return url.substring(0, url.length() - suffix.length());
  }

  @Test
  void sc23_everyCredentialAndPermissionPasses() {
    List<Preflight.Check> checks = Preflight.run(config(serviceTitan.appKey()), time, time::advance);

    assertThat(checks).hasSize(7).allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
  }

  @Test
  void sc23_missingPermissionAndWrongAppKeyAreNamedWithWhatToFix() {
    serviceChannel.denyPermission("GET", ".*workorders.*");

    List<Preflight.Check> checks = Preflight.run(config("not-the-app-key"), time, time::advance);

    assertThat(checks)
        .filteredOn(check -> check.system().equals("ServiceTitan"))
        .allSatisfy(check -> assertThat(check.detail()).contains("credentials refused").doesNotContain("not-the-app-key"));
    assertThat(checks)
        .filteredOn(check -> check.system().equals("ServiceChannel"))
        .singleElement()
        .satisfies(check -> {
          assertThat(check.passed()).isFalse();
          assertThat(check.detail()).contains("lacks the permission").contains("workorders");
        });
    assertThat(checks).filteredOn(check -> check.system().equals("Leads vendor")).allMatch(Preflight.Check::passed);
  }
}
