package io.workbridge.benchmarks.e2e;

import io.workbridge.testkit.DottedYaml;
import io.workbridge.testkit.SimulatorConfig;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ReferenceData;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection of the cluster simulation: a ServiceChannel and a ServiceTitan simulator of its own (the
 * simulators are single-tenant), on the real clock with their rate limits lifted, one subscriber with one
 * location, and the connection file that points a command line at them (no leads section). It creates work
 * orders and counts what ServiceTitan received for them.
 */
final class SimulatedConnection implements AutoCloseable {
  private static final long SUBSCRIBER = 2014917243L;
  private static final long LOCATION = 2006516537L;
  private static final String APPLICATION_GUID = "6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00";

  private final String id;
  private final Instant activatedAt;
  private final ServiceTitanSimulator serviceTitan;
  private final ServiceChannelSimulator serviceChannel;
  private int workOrders;

  private SimulatedConnection(String id) {
    this.id = id;
    this.activatedAt = Instant.now().minus(Duration.ofHours(1));
    this.serviceTitan =
        ServiceTitanSimulator.builder().validateContract(false).requestsPerSecond(1_000_000).build().start();
    try {
      this.serviceChannel = new ServiceChannelSimulator(Clock.systemUTC(), 1_000_000, 1_000_000).start();
    } catch (RuntimeException failed) {
      serviceTitan.close();
      throw failed;
    }
    serviceChannel.addSubscriber(SubscriberSetup.builder(SUBSCRIBER, "API SANDBOX").providerMayComplete(true).build());
    serviceChannel.addLocation(LOCATION, SUBSCRIBER, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
  }

  /** Starts the simulators of the connection named {@code id}. */
  static SimulatedConnection start(String id) {
    return new SimulatedConnection(id);
  }

  /** {@return the connection id} */
  String id() {
    return id;
  }

  /** {@return the variables the connection file's {@code ${…}} references read (the same for every connection)} */
  Map<String, String> environment() {
    return SimulatorConfig.environment(serviceTitan);
  }

  /**
   * {@return the connection file}
   *
   * @param streams the streams and their intervals
   */
  String configuration(List<ClusterSimulationOptions.Stream> streams) {
    ReferenceData reference = serviceTitan.referenceData();
    List<String> connection =
        new ArrayList<>(
            List.of(
                "connectionId=" + id,
                "serviceTitan.applicationGuid=" + APPLICATION_GUID,
                "serviceTitan.nteCustomField.id=" + reference.customFieldTypeId(),
                "serviceTitan.jobDefaults.businessUnitId=" + reference.businessUnitId(),
                "serviceTitan.jobDefaults.jobTypeId=" + reference.jobTypeId(),
                "serviceTitan.jobDefaults.campaignId=" + reference.campaignId(),
                "serviceTitan.requestsPerSecond=1000000",
                "serviceChannel.requestsPerMinute=60000000"));
    connection.addAll(SimulatorConfig.serviceTitan(serviceTitan));
    connection.addAll(SimulatorConfig.serviceChannel(serviceChannel));
    List<String> lines = new ArrayList<>();
    lines.add(DottedYaml.of(connection).stripTrailing());
    lines.add("schedule:");
    streams.forEach(stream -> lines.add("  " + stream.key() + ": " + stream.every().toMillis() + "ms"));
    lines.add("workOrders:");
    lines.add("  activatedAt: " + activatedAt);
    lines.add("  companyName: Acme HVAC");
    lines.add("");
    return String.join("\n", lines);
  }

  /** The subscriber issues a work order (NTE 750.00, scheduled tomorrow). */
  void createWorkOrder() {
    serviceChannel.createWorkOrder(
        NewWorkOrder.builder(SUBSCRIBER, LOCATION)
            .description("Rooftop unit not cooling")
            .nte(new BigDecimal("750.00"))
            .scheduledDate(Instant.now().plus(Duration.ofDays(1)))
            .build());
    workOrders++;
  }

  /** {@return how many work orders the subscriber issued} */
  int workOrders() {
    return workOrders;
  }

  /** {@return how many work orders have a booking in ServiceTitan} */
  int workOrdersBooked() {
    return bookingsByExternalId().size();
  }

  /** {@return bookings beyond the first for the same work order: a duplicate effect each} */
  int duplicateBookings() {
    int duplicates = 0;
    for (int count : bookingsByExternalId().values()) {
      duplicates += count - 1;
    }
    return duplicates;
  }

  /** {@return the requests both simulators received so far, token requests included} */
  int requests() {
    return serviceTitan.journal().count() + serviceChannel.journal().count();
  }

  private Map<String, Integer> bookingsByExternalId() {
    Map<String, Integer> counts = new HashMap<>();
    for (Map<String, ?> booking : serviceTitan.bookings()) {
      counts.merge(String.valueOf(booking.get("externalId")), 1, Integer::sum);
    }
    return counts;
  }

  @Override
  public void close() {
    serviceChannel.close();
    serviceTitan.close();
  }
}
