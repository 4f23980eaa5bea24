package io.workbridge.examples;

import io.workbridge.adapters.ServiceChannelWorkOrderPlatform;
import io.workbridge.adapters.ServiceTitanFieldServicePlatform;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Instant;

/**
 * sync-core's two work-order ports, connected to the simulators: clients first (built as in the two
 * quickstarts), then the adapters of sync-runtime that implement the ports with them. This is what {@code
 * WorkBridgeFactory} does from a configuration file, done by hand — the way to go when you build the clients
 * yourself or bring your own store. Closing it closes the clients.
 */
public final class SimulatorPorts implements AutoCloseable {
  private final ServiceChannelClient serviceChannelClient;
  private final ServiceTitanClient serviceTitanClient;
  private final WorkOrderPlatform serviceChannel;
  private final FieldServicePlatform serviceTitan;

  private SimulatorPorts(ServiceChannelClient serviceChannelClient, ServiceTitanClient serviceTitanClient, Instant activatedAt) {
    this.serviceChannelClient = serviceChannelClient;
    this.serviceTitanClient = serviceTitanClient;
    this.serviceChannel =
        ServiceChannelWorkOrderPlatform.builder()
            .client(serviceChannelClient)
            .startAt(activatedAt) // the work-order feed starts here
            .apiUsername(ServiceChannelSimulator.USERNAME) // its notes and check-ins are ours
            .build();
    this.serviceTitan =
        ServiceTitanFieldServicePlatform.builder()
            .client(serviceTitanClient)
            .feedStart(activatedAt) // the export feeds start here
            .build();
  }

  /**
   * Connects to both simulators.
   *
   * @param activatedAt when the integration was switched on: older work orders and events are ignored
   */
  public static SimulatorPorts connect(
      ServiceChannelSimulator serviceChannel, ServiceTitanSimulator serviceTitan, Instant activatedAt) {
    ServiceChannelClient serviceChannelClient = ServiceChannelQuickstart.client(serviceChannel);
    try {
      return new SimulatorPorts(serviceChannelClient, ServiceTitanQuickstart.client(serviceTitan), activatedAt);
    } catch (RuntimeException failure) {
      serviceChannelClient.close();
      throw failure;
    }
  }

  /** ServiceChannel, where work orders come from and statuses, notes and check-ins go. */
  public WorkOrderPlatform serviceChannel() {
    return serviceChannel;
  }

  /** ServiceTitan, where bookings and jobs are made and field events come from. */
  public FieldServicePlatform serviceTitan() {
    return serviceTitan;
  }

  /** Closes both clients. */
  @Override
  public void close() {
    try {
      serviceChannelClient.close();
    } finally {
      serviceTitanClient.close();
    }
  }
}
