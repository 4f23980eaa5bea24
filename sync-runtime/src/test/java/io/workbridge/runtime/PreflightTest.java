package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.testkit.DottedYaml;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ReferenceData;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SC-23: preflight checks the configuration against the three simulators, writing nothing: credentials (one
 * refused sign-in per system, naming the credential), API areas, every id the file names, and the store.
 */
class PreflightTest {
  private static final long NORTHWIND = 2014917243L;

  @TempDir Path data;

  private final MutableClock time = MutableClock.at(java.time.Instant.parse("2026-06-01T14:00:00Z"));
  private ServiceTitanSimulator serviceTitan;
  private ServiceChannelSimulator serviceChannel;
  private LeadsVendorSimulator vendor;
  private final Map<String, String> environment = new HashMap<>();

  @BeforeEach
  void start() {
    serviceTitan = ServiceTitanSimulator.builder().clock(time).build().start();
    serviceChannel = new ServiceChannelSimulator(time, 1_000, 1_000).start();
    serviceChannel.addSubscriber(SubscriberSetup.builder(NORTHWIND, "Northwind Stores").build());
    vendor = new LeadsVendorSimulator(time).start();
    environment.putAll(
        Map.of(
            "ST_APP_KEY", serviceTitan.appKey(),
            "ST_CLIENT_SECRET", serviceTitan.clientSecret(),
            "SC_CLIENT_SECRET", ServiceChannelSimulator.CLIENT_SECRET,
            "SC_PASSWORD", ServiceChannelSimulator.PASSWORD,
            "LEADS_CLIENT_SECRET", LeadsVendorSimulator.CLIENT_SECRET));
  }

  @AfterEach
  void stop() {
    vendor.close();
    serviceChannel.close();
    serviceTitan.close();
  }

  /** A realistic setup naming ids of every kind, all of which the simulators know; {@code extra} adds or replaces keys. */
  private WorkBridgeConfig config(String... extra) {
    ReferenceData reference = serviceTitan.referenceData();
    List<String> lines =
        new ArrayList<>(
            List.of(
                "connectionId=preflight",
                "store.directory=" + data.toString().replace("\\", "/"),
                "workOrders.companyName=Acme HVAC",
                "workOrders.activatedAt=" + time.instant().minus(Duration.ofHours(1)),
                "workOrders.subscribers." + NORTHWIND + ".statusMapping.complete=COMPLETED",
                "serviceTitan.environment=integration",
                "serviceTitan.apiBaseUrl=" + serviceTitan.baseUrl(),
                "serviceTitan.authBaseUrl=" + strip(serviceTitan.tokenUrl(), "connect/token"),
                "serviceTitan.tenantId=" + serviceTitan.tenantId(),
                "serviceTitan.clientId=" + serviceTitan.clientId(),
                "serviceTitan.appKey=${ST_APP_KEY}",
                "serviceTitan.clientSecret=${ST_CLIENT_SECRET}",
                "serviceTitan.bookingProviderId=" + serviceTitan.bookingProviderId(),
                "serviceTitan.nteCustomField.name=NTE",
                "serviceTitan.jobDefaults.businessUnitId=" + reference.businessUnitId(),
                "serviceTitan.jobDefaults.jobTypeId=" + reference.jobTypeId(),
                "serviceTitan.jobDefaults.campaignId=" + reference.campaignId(),
                "serviceTitan.technicianUsers." + reference.technicianId() + "=5550001",
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
                "leads.campaignId=" + reference.campaignId(),
                "leads.accounts." + LeadsVendorSimulator.ACCOUNT_WITH_PROFILES + ".profiles.prof-austin-res="
                    + reference.businessUnitId(),
                "leads.accounts." + LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES + ".businessUnitId=" + reference.businessUnitId()));
    lines.addAll(List.of(extra));
    return WorkBridgeConfig.parse(DottedYaml.of(lines), environment);
  }

  private List<Preflight.Check> preflight(WorkBridgeConfig config) {
    return Preflight.run(config, time, time::sleep);
  }

  private static String strip(String url, String suffix) {
    assertThat(url).endsWith(suffix);
    return url.substring(0, url.length() - suffix.length());
  }

  private static List<String> failures(List<Preflight.Check> checks) {
    return checks.stream().filter(check -> !check.passed()).flatMap(check -> check.detail().lines()).toList();
  }

  @Test
  void sc23_everyCredentialPermissionAndIdPasses_andTheStoreNotCreatedYetIsSaidSo() {
    List<Preflight.Check> checks = preflight(config());

    assertThat(failures(checks)).isEmpty();
    assertThat(checks)
        .extracting(Preflight.Check::area)
        .contains(
            "lead bookings under booking provider " + serviceTitan.leadBookingProviderId(),
            "business units named (1)",
            "NTE job custom field NTE",
            "technicians named (1)",
            "subscribers named (1) and their status overrides",
            "accounts and profiles named (2)");
    assertThat(checks.get(checks.size() - 1).detail()).contains("nothing has run yet");
    assertThat(data).isEmptyDirectory();
  }

  @Test
  void sc23_everyKindOfWrongId_failsNamingItsKey() {
    long retired = serviceTitan.officeAddJobType("Retired Inspection", false);
    WorkBridgeConfig config =
        config(
            "serviceTitan.bookingProviderId=77",
            "leads.bookingProviderId=78",
            "serviceTitan.jobDefaults.businessUnitId=999001",
            "serviceTitan.jobDefaults.jobTypeId=" + retired,
            "leads.campaignId=999003",
            "serviceTitan.nteCustomField.name=Not To Exceed",
            "serviceTitan.technicianUsers.999004=5550002",
            "workOrders.subscribers.2099999999.noteSync=false",
            "workOrders.subscribers." + NORTHWIND + ".statusMapping.accept=IN PROGRESS / ROLLING",
            "leads.accounts.acc-999.businessUnitId=" + serviceTitan.referenceData().businessUnitId(),
            "leads.accounts." + LeadsVendorSimulator.ACCOUNT_WITH_PROFILES + ".profiles.prof-missing="
                + serviceTitan.referenceData().businessUnitId());

    List<String> failures = failures(preflight(config));

    assertThat(failures)
        .anyMatch(f -> f.startsWith("serviceTitan.bookingProviderId: "))
        .anyMatch(f -> f.startsWith("leads.bookingProviderId: "))
        .anyMatch(f -> f.startsWith("serviceTitan.jobDefaults.businessUnitId: ServiceTitan has no business unit 999001"))
        .anyMatch(f -> f.startsWith("serviceTitan.jobDefaults.jobTypeId: job type " + retired + " (Retired Inspection) is inactive"))
        .anyMatch(f -> f.startsWith("leads.campaignId: ServiceTitan has no campaign 999003"))
        .anyMatch(f -> f.startsWith("serviceTitan.nteCustomField: ServiceTitan has no job custom field Not To Exceed"))
        .anyMatch(f -> f.startsWith("serviceTitan.technicianUsers[999004]: ServiceTitan has no technician 999004"))
        .anyMatch(f -> f.startsWith("workOrders.subscribers[2099999999]: subscriber 2099999999 is not one of this provider's"))
        .anyMatch(f -> f.startsWith("workOrders.subscribers[" + NORTHWIND + "].statusMapping.accept: unknown status IN PROGRESS / ROLLING"))
        .anyMatch(f -> f.startsWith("leads.accounts[acc-999]: the vendor has no account acc-999"))
        .anyMatch(f -> f.startsWith("leads.accounts[" + LeadsVendorSimulator.ACCOUNT_WITH_PROFILES + "].profiles[prof-missing]: "));
  }

  @Test
  void sc23_refusedSignIn_isReportedOncePerSystem_namingTheCredential() {
    environment.put("ST_APP_KEY", "not-the-app-key");
    environment.put("SC_PASSWORD", "not-the-password");
    environment.put("LEADS_CLIENT_SECRET", "not-the-secret");

    List<Preflight.Check> checks = preflight(config());

    assertThat(checks).filteredOn(check -> check.system().equals("ServiceTitan")).singleElement()
        .satisfies(check -> assertThat(check.detail()).startsWith("serviceTitan.appKey refused"));
    assertThat(checks).filteredOn(check -> check.system().equals("ServiceChannel")).singleElement()
        .satisfies(check -> assertThat(check.detail()).startsWith("serviceChannel.username / serviceChannel.password refused (invalid_grant)"));
    assertThat(checks).filteredOn(check -> check.system().equals("Leads vendor")).singleElement()
        .satisfies(check -> assertThat(check.detail()).startsWith("leads.clientId / leads.clientSecret refused"));
    assertThat(checks.toString()).doesNotContain("not-the-");

    environment.put("SC_PASSWORD", ServiceChannelSimulator.PASSWORD);
    environment.put("SC_CLIENT_SECRET", "not-the-client-secret");
    assertThat(preflight(config())).filteredOn(check -> check.system().equals("ServiceChannel")).singleElement()
        .satisfies(check -> assertThat(check.detail()).startsWith("serviceChannel.clientId / serviceChannel.clientSecret refused (invalid_client)"));
  }

  @Test
  void sc23_missingPermission_isNamedWithWhatToFix() {
    serviceChannel.denyPermission("GET", ".*workorders.*");

    List<Preflight.Check> checks = preflight(config());

    assertThat(checks)
        .filteredOn(check -> check.system().equals("ServiceChannel") && !check.passed())
        .singleElement()
        .satisfies(check -> assertThat(check.detail()).contains("lacks the permission").contains("workorders"));
    assertThat(checks).filteredOn(check -> check.system().equals("ServiceTitan")).allMatch(Preflight.Check::passed);
  }
}
