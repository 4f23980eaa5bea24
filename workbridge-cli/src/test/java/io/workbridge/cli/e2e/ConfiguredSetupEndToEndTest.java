package io.workbridge.cli.e2e;

import static io.workbridge.cli.e2e.SimulatedWorld.LEAN;
import static io.workbridge.cli.e2e.SimulatedWorld.QUIET;
import static io.workbridge.cli.e2e.SimulatedWorld.SANDBOX;
import static io.workbridge.cli.e2e.SimulatedWorld.TROY;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.cli.WorkBridgeCli;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.WorkOrderState;
import io.workbridge.testkit.servicetitan.ReferenceData;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A realistic integrator setup configured only through the YAML file — three subscribers with different
 * overrides, IVR, note sync off for one, an auto-conversion rule and an explicit store mapping, the NTE field by
 * id, a technician map, the leads table with a prefilled, an ambiguous and a disabled type, business units per
 * profile and per account, leads under their own booking provider — run by the command line's {@code run --once},
 * one process per cycle, through the whole-day {@link LifecycleScenario} (SPEC groups A and B) and a few steps of
 * its own; then {@code status} reads what the runs left.
 */
class ConfiguredSetupEndToEndTest {
  private static final long TECHNICIAN_USER = 5_550_001L;
  private static final Pattern PERFORMED = Pattern.compile("^(\\S+): (\\d+) effects performed(.*)$", Pattern.MULTILINE);

  @TempDir Path data;

  private SimulatedWorld world;
  private RemoteView remote;
  private LifecycleScenario scenario;
  private Path file;
  private final Map<String, String> environment = new HashMap<>();
  /** Everything the command line printed, for the secrets check (SDK-6). */
  private final List<String> written = new ArrayList<>();
  private long plumbingJobType;
  private long plumbingUnit;
  private long profileUnit;
  private long accountUnit;
  private long[] troyCustomer;

  @BeforeEach
  void start() throws IOException {
    world = SimulatedWorld.start();
    remote = new RemoteView(world);
    scenario = new LifecycleScenario(world, remote);
    ServiceTitanSimulator st = world.serviceTitan();
    plumbingUnit = st.officeAddBusinessUnit("Plumbing Service", true);
    profileUnit = st.officeAddBusinessUnit("Residential Comfort", true);
    accountUnit = st.officeAddBusinessUnit("Plumbing Contracts", true);
    plumbingJobType = st.officeAddJobType("Leak Investigation", true, plumbingUnit);
    long secondAcType = st.officeAddJobType("AC Diagnostic", true, st.referenceData().businessUnitId());
    troyCustomer = st.csrCreateCustomer("API SANDBOX #31", "9 River St", "Troy", "NY", "12180");
    environment.putAll(
        Map.of(
            "ST_APP_KEY", world.credentials().serviceTitanAppKey(),
            "ST_CLIENT_SECRET", world.credentials().serviceTitanClientSecret(),
            "SC_CLIENT_SECRET", ServiceChannelSimulator.CLIENT_SECRET,
            "SC_PASSWORD", ServiceChannelSimulator.PASSWORD,
            "LEADS_CLIENT_SECRET", world.credentials().vendorClientSecret(),
            "SANDBOX_IVR_PIN", LifecycleScenario.IVR_PIN));
    file = data.resolve("workbridge.yaml");
    Files.writeString(file, yaml(secondAcType));
  }

  @AfterEach
  void stop() {
    remote.close();
    world.verify();
    world.close();
  }

  private String yaml(long secondAcType) {
    ServiceTitanSimulator st = world.serviceTitan();
    ReferenceData reference = st.referenceData();
    return String.join(
        "\n",
        "connectionId: configured",
        "store:",
        "  directory: \"" + data.resolve("store").toString().replace("\\", "/") + "\"",
        "serviceTitan:",
        "  environment: integration",
        "  apiBaseUrl: " + st.baseUrl(),
        "  authBaseUrl: " + st.tokenUrl().replace("connect/token", ""),
        "  tenantId: " + st.tenantId(),
        "  clientId: " + st.clientId(),
        "  appKey: ${ST_APP_KEY}",
        "  clientSecret: ${ST_CLIENT_SECRET}",
        "  bookingProviderId: " + st.bookingProviderId(),
        "  applicationGuid: " + SimulatedWorld.APPLICATION_GUID,
        "  nteCustomField:",
        "    id: " + reference.customFieldTypeId(),
        "  jobDefaults:",
        "    businessUnitId: " + reference.businessUnitId(),
        "    jobTypeId: " + reference.jobTypeId(),
        "    campaignId: " + reference.campaignId(),
        "  technicianUsers:",
        "    " + reference.technicianId() + ": " + TECHNICIAN_USER,
        "  requestsPerSecond: 1000000",
        "serviceChannel:",
        "  environment: sandbox2",
        "  apiBaseUrl: " + world.serviceChannel().apiBaseUrl(),
        "  loginBaseUrl: " + world.serviceChannel().tokenUrl().replace("oauth/token", ""),
        "  clientId: " + ServiceChannelSimulator.CLIENT_ID,
        "  clientSecret: ${SC_CLIENT_SECRET}",
        "  username: " + ServiceChannelSimulator.USERNAME,
        "  password: ${SC_PASSWORD}",
        "  declineReasonId: 1",
        "  # Simulated time stands still while a cycle runs, and the simulators' limits are lifted: so are the clients'.",
        "  requestsPerMinute: 60000000",
        "workOrders:",
        "  activatedAt: " + world.activatedAt(),
        "  companyName: " + SimulatedWorld.COMPANY,
        "  bookingFields: [number, purchaseNumber, subscriber, location, trade, priority, nte, description, scheduledDate]",
        "  autoConvert:",
        "    - subscriberId: " + SANDBOX,
        "      target: job",
        "      fieldPriority: High",
        "  locations:",
        "    - subscriberId: " + SANDBOX,
        "      locationId: " + TROY,
        "      customerId: " + troyCustomer[0],
        "      customerLocationId: " + troyCustomer[1],
        "  subscribers:",
        "    " + SANDBOX + ":",
        "      statusMapping:",
        "        dispatch: IN PROGRESS / DISPATCH CONFIRMED",
        "      invoiceTrigger: [Posted]",
        "      ivr:",
        "        phone: 1-800-555-0199",
        "        instructions: Call the IVR, enter the PIN",
        "        pin: ${SANDBOX_IVR_PIN}",
        "    " + LEAN + ":",
        "      statusMapping:",
        "        dispatch: IN PROGRESS",
        "      declineReasonId: 2",
        "    " + QUIET + ":",
        "      noteSync: false",
        "      statusMapping:",
        "        complete: COMPLETED / PENDING CONFIRMATION",
        "leads:",
        "  baseUrl: " + world.vendor().baseUrl(),
        "  clientId: " + world.credentials().vendorClientId(),
        "  clientSecret: ${LEADS_CLIENT_SECRET}",
        "  requestsPerSecond: 1000000",
        "  bookingProviderId: " + st.leadBookingProviderId(),
        "  source: Acme Smart Home",
        "  campaignId: " + reference.campaignId(),
        "  jobTypes:",
        "    Leak Detected:",
        "      tenantJobTypes:",
        "        - {trade: Plumbing, jobTypeId: " + plumbingJobType + ", businessUnitId: " + plumbingUnit + "}",
        "    Repair AC:",
        "      tenantJobTypes:",
        "        - {trade: HVAC, jobTypeId: " + reference.jobTypeId() + ", businessUnitId: " + reference.businessUnitId() + "}",
        "        - {trade: HVAC, jobTypeId: " + secondAcType + ", businessUnitId: " + reference.businessUnitId() + "}",
        "    HVAC Maintenance:",
        "      enabled: false",
        "  accounts:",
        "    " + LeadsVendorSimulator.ACCOUNT_WITH_PROFILES + ":",
        "      profiles:",
        "        prof-austin-res: " + profileUnit,
        "        prof-austin-lc: " + profileUnit,
        "    " + LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES + ":",
        "      businessUnitId: " + accountUnit,
        "");
  }

  /** One {@code workbridge run --once}: a new process's cycle of every stream; the effects it performed. */
  private int runOnce() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = WorkBridgeCli.commandLine(environment, world.clock());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("run", "--once", "--config", file.toString());
    written.add(out.toString());
    written.add(err.toString());
    assertThat(exit).as("run --once: %s%s", out, err).isZero();
    Matcher stream = PERFORMED.matcher(out.toString());
    int performed = 0;
    int streams = 0;
    while (stream.find()) {
      performed += Integer.parseInt(stream.group(2));
      streams++;
    }
    assertThat(streams).as(out.toString()).isEqualTo(3);
    return performed;
  }

  private void syncUntilQuiet() {
    Cycles.untilSettled(this::runOnce, performed -> performed == 0, world);
  }

  @Test
  void wholeDay_configuredOnlyThroughTheFile_runByTheCommandLine_endsAsSpecified() {
    String plumbingLeak = world.alert(LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES, "Water Detected", "Critical");
    String tuneUp = world.alert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Service Request-Tune Up", "Urgent");
    long troy = world.workOrder(SANDBOX, TROY);

    // SDK-6: every credential the file takes from the environment, and the IVR PIN, stay out of what WorkBridge
    // writes, its HTTP traffic logged at TRACE included.
    String warnings;
    try (CapturedLogs logs = CapturedLogs.start()) {
      scenario.run(phase -> syncUntilQuiet());
      written.add(logs.text());
      warnings = logs.warnings();
      assertThat(logs.text()).as("HTTP traffic is logged at TRACE").contains("--> body");
    }
    for (String text : written) {
      for (Map.Entry<String, String> secret : environment.entrySet()) {
        String value = secret.getValue();
        String leaked = secret.getKey().endsWith("_PIN") ? "PIN: " + value : value;
        assertThat(text).as("%s in what WorkBridge wrote", secret.getKey()).doesNotContain(leaked);
      }
    }

    // SPEC groups A and B as the scenario checks them, every effect once.
    try {
      scenario.assertOutcome();
      scenario.assertNoDuplicates();
    } catch (AssertionError failure) {
      throw new AssertionError(failure.getMessage() + "\nwhat the runs warned of:\n" + warnings, failure);
    }
    // SC-14: the subscriber's own dispatch status; SC-11: the technician's own ServiceChannel user.
    long worked = scenario.workedWorkOrder();
    WorkOrderState state = world.serviceChannel().workOrderState(worked);
    assertThat(state.statusChanges())
        .extracting(WorkOrderState.StatusChange::to)
        .contains("IN PROGRESS/DISPATCH CONFIRMED")
        .doesNotContain("IN PROGRESS/");
    assertThat(state.visits()).singleElement().satisfies(visit -> assertThat(visit.userId()).isEqualTo(TECHNICIAN_USER));
    // SC-2: the chosen fields (no caller, no category) and the IVR phone.
    String summary = String.valueOf(remote.booking(worked).get("summary"));
    assertThat(summary).contains("IVR phone: 1-800-555-0199").doesNotContain("Caller:").doesNotContain("Category:");
    // SC-4, SC-5: the explicitly mapped store's work order went straight to a job, at the rule's priority.
    assertThat(remote.bookingsFor(Long.toString(troy))).isEmpty();
    assertThat(remote.jobsFor(troy)).singleElement().satisfies(job -> {
      assertThat(number(job.get("customerId"))).isEqualTo(troyCustomer[0]);
      assertThat(job.get("priority")).isEqualTo("High");
    });
    // LD-1, LD-3/4/5, LD-7: own source and booking provider; prefilled, ambiguous, disabled; units per profile and account.
    assertThat(remote.bookings())
        .filteredOn(booking -> !"ServiceChannel".equals(booking.get("source")))
        .isNotEmpty()
        .allSatisfy(booking -> {
          assertThat(booking.get("source")).isEqualTo("Acme Smart Home");
          assertThat(number(booking.get("bookingProviderId"))).isEqualTo(world.serviceTitan().leadBookingProviderId());
        });
    assertThat(remote.bookings())
        .filteredOn(booking -> "ServiceChannel".equals(booking.get("source")))
        .allSatisfy(booking -> assertThat(number(booking.get("bookingProviderId"))).isEqualTo(world.serviceTitan().bookingProviderId()));
    Map<String, Object> leak = remote.booking(scenario.leakAlert());
    assertThat(number(leak.get("jobTypeId"))).isEqualTo(plumbingJobType);
    assertThat(number(leak.get("businessUnitId"))).isEqualTo(profileUnit);
    assertThat(number(remote.booking(plumbingLeak).get("businessUnitId"))).isEqualTo(accountUnit);
    Map<String, Object> cooling = remote.booking(scenario.coolingAlert());
    assertThat(cooling.get("jobTypeId")).isNull();
    assertThat(cooling.get("businessUnitId")).isNull();
    assertThat(remote.bookingsFor(tuneUp)).isEmpty();

    // status, read only, from the same file: each stream's last cycle, feed positions as times.
    StringWriter out = new StringWriter();
    CommandLine cli = WorkBridgeCli.commandLine(environment, world.clock());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("status", "--config", file.toString())).isZero();
    assertThat(out.toString())
        .containsPattern("work-orders\\s+\\S+  0 effect\\(s\\)  completed")
        .containsPattern("leads\\s+\\S+  0 effect\\(s\\)  completed")
        .contains("work orders updated up to")
        .contains("Effects in flight (reserved, not confirmed): 0");
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
