package io.workbridge.cli.e2e;

import static io.workbridge.cli.e2e.SimulatedWorld.QUIET;
import static io.workbridge.cli.e2e.SimulatedWorld.SANDBOX;

import io.workbridge.testkit.DottedYaml;
import io.workbridge.testkit.SimulatorConfig;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ReferenceData;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configuration file and environment of a command line syncing a {@link SimulatedWorld}: the whole-day
 * {@link LifecycleScenario}'s wiring (NTE field, IVR for {@link SimulatedWorld#SANDBOX}, note sync off for
 * {@link SimulatedWorld#QUIET}, {@link SimulatedWorld#SANDBOX}'s work orders sent as jobs once their store is
 * known, leads under their own booking provider), with the simulators' rate limits lifted, plus the store and
 * any other sections a test adds.
 */
final class CliSetup {
  private CliSetup() {}

  /** The variables the file's {@code ${…}} references read. */
  static Map<String, String> environment(SimulatedWorld world) {
    return Map.of(
        "ST_APP_KEY", world.credentials().serviceTitanAppKey(),
        "ST_CLIENT_SECRET", world.credentials().serviceTitanClientSecret(),
        "SC_CLIENT_SECRET", ServiceChannelSimulator.CLIENT_SECRET,
        "SC_PASSWORD", ServiceChannelSimulator.PASSWORD,
        "LEADS_CLIENT_SECRET", world.credentials().vendorClientSecret(),
        "SANDBOX_IVR_PIN", LifecycleScenario.IVR_PIN);
  }

  /** The {@code store} section of an embedded H2 database in {@code directory}, with an owner name when given. */
  static List<String> h2Store(Path directory, String owner) {
    List<String> lines = new ArrayList<>();
    lines.add("store:");
    lines.add("  directory: \"" + directory.toAbsolutePath().toString().replace("\\", "/") + "\"");
    if (owner != null) {
      lines.add("  owner: " + owner);
    }
    return lines;
  }

  /** The {@code store} section of a test store's database (PostgreSQL: its URL and schema), with an owner name. */
  static List<String> jdbcStore(TestStore store, String owner) {
    List<String> lines = new ArrayList<>();
    lines.add("store:");
    lines.add("  url: \"" + store.url() + "\"");
    if (!store.schema().isEmpty()) {
      lines.add("  schema: " + store.schema());
    }
    lines.add("  owner: " + owner);
    return lines;
  }

  /**
   * The whole file.
   *
   * @param world the simulators
   * @param workOrderLines more keys of the {@code workOrders} section, indented by two spaces
   * @param sections further top-level sections ({@code store}, {@code schedule}, {@code http} …)
   */
  static String yaml(SimulatedWorld world, List<String> workOrderLines, List<String> sections) {
    return yaml(world, workOrderLines, sections, true);
  }

  /** The whole file, with or without the leads integration. */
  static String yaml(SimulatedWorld world, List<String> workOrderLines, List<String> sections, boolean leads) {
    ServiceTitanSimulator st = world.serviceTitan();
    ReferenceData reference = st.referenceData();
    List<String> connection =
        new ArrayList<>(
            List.of(
                "connectionId=e2e",
                "serviceTitan.applicationGuid=" + SimulatedWorld.APPLICATION_GUID,
                "serviceTitan.nteCustomField.id=" + reference.customFieldTypeId(),
                "serviceTitan.jobDefaults.businessUnitId=" + reference.businessUnitId(),
                "serviceTitan.jobDefaults.jobTypeId=" + reference.jobTypeId(),
                "serviceTitan.jobDefaults.campaignId=" + reference.campaignId(),
                "serviceTitan.requestsPerSecond=1000000",
                "serviceChannel.requestsPerMinute=60000000"));
    connection.addAll(SimulatorConfig.serviceTitan(st));
    connection.addAll(SimulatorConfig.serviceChannel(world.serviceChannel()));
    List<String> lines = new ArrayList<>();
    lines.add(DottedYaml.of(connection).stripTrailing());
    lines.addAll(sections);
    lines.addAll(
        List.of(
            "workOrders:",
            "  activatedAt: " + world.activatedAt(),
            "  companyName: " + SimulatedWorld.COMPANY,
            "  autoConvert:",
            "    - subscriberId: " + SANDBOX,
            "      target: job",
            "  subscribers:",
            "    " + SANDBOX + ":",
            "      ivr:",
            "        instructions: Call the IVR, enter the PIN",
            "        pin: ${SANDBOX_IVR_PIN}",
            "    " + QUIET + ":",
            "      noteSync: false"));
    lines.addAll(workOrderLines);
    if (!leads) {
      lines.add("");
      return String.join("\n", lines);
    }
    lines.addAll(
        List.of(
            "leads:",
            "  baseUrl: " + world.vendor().baseUrl(),
            "  clientId: " + world.credentials().vendorClientId(),
            "  clientSecret: ${LEADS_CLIENT_SECRET}",
            "  requestsPerSecond: 1000000",
            "  bookingProviderId: " + st.leadBookingProviderId(),
            "  campaignId: " + reference.campaignId(),
            ""));
    return String.join("\n", lines);
  }
}
