package io.workbridge.cli.e2e;

import io.workbridge.adapters.ServiceChannelWorkOrderPlatform;
import io.workbridge.adapters.ServiceTitanFieldServicePlatform;
import io.workbridge.adapters.VendorLeadFeed;
import io.workbridge.leads.LeadsClient;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Wires a {@link WorkBridge} over a {@link SimulatedWorld} and a {@link TestStore} the way an embedding
 * application does: the three clients, the adapters of {@code io.workbridge.adapters}, a store, the
 * work-order and lead workflows. Every {@link #open()} is a new "process" — new clients, a new store over
 * the same data — which the returned bridge owns and closes.
 */
final class BridgeWiring {
  static final ConnectionId CONNECTION = ConnectionId.of("e2e");

  private final SimulatedWorld world;
  private final TestStore store;
  private WorkOrderSyncSettings workOrders;
  private @Nullable LeadSyncConfig leads;
  private UnaryOperator<SyncStore> storeDecorator = UnaryOperator.identity();

  private BridgeWiring(SimulatedWorld world, TestStore store) {
    this.world = world;
    this.store = store;
    this.workOrders = defaultWorkOrders(world).build();
    this.leads = defaultLeads(world).build();
  }

  /** Default wiring: SPEC defaults for both workflows. */
  static BridgeWiring over(SimulatedWorld world, TestStore store) {
    return new BridgeWiring(world, store);
  }

  /** The work-order settings tests start from: the world's company and activation instant. */
  static WorkOrderSyncSettings.Builder defaultWorkOrders(SimulatedWorld world) {
    return WorkOrderSyncSettings.builder().companyName(SimulatedWorld.COMPANY).activatedAt(world.activatedAt());
  }

  /** The lead settings tests start from: the tenant's campaign as the vendor's. */
  static LeadSyncConfig.Builder defaultLeads(SimulatedWorld world) {
    return LeadSyncConfig.builder().vendorCampaignId(world.serviceTitan().referenceData().campaignId());
  }

  /** Replaces the work-order settings. */
  BridgeWiring workOrders(WorkOrderSyncSettings settings) {
    this.workOrders = Objects.requireNonNull(settings);
    return this;
  }

  /** Replaces the lead settings. */
  BridgeWiring leads(LeadSyncConfig config) {
    this.leads = Objects.requireNonNull(config);
    return this;
  }

  /** Syncs work orders only: no lead stream. */
  BridgeWiring withoutLeads() {
    this.leads = null;
    return this;
  }

  /** Wraps every store this wiring opens (e.g. to make a process die at a chosen store call). */
  BridgeWiring decorateStore(UnaryOperator<SyncStore> decorator) {
    this.storeDecorator = Objects.requireNonNull(decorator);
    return this;
  }

  /** A new bridge — new clients, a new store over the same state — that closes them all when closed. */
  WorkBridge open() {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      ServiceTitanClient serviceTitan = opening(opened, world.serviceTitanClient());
      ServiceChannelClient serviceChannel = opening(opened, world.serviceChannelClient());
      LeadsClient vendor = opening(opened, world.vendorClient());
      SyncStore state = opening(opened, storeDecorator.apply(store.open(world.clock())));
      ReferenceData reference = world.serviceTitan().referenceData();
      ServiceTitanFieldServicePlatform fieldService =
          ServiceTitanFieldServicePlatform.builder()
              .client(serviceTitan)
              .feedStart(world.activatedAt())
              .jobDefaults(reference.businessUnitId(), reference.jobTypeId(), reference.campaignId())
              .clock(world.clock())
              .build();
      ServiceChannelWorkOrderPlatform workOrderPlatform =
          ServiceChannelWorkOrderPlatform.builder()
              .client(serviceChannel)
              .startAt(world.activatedAt())
              .apiUsername(ServiceChannelSimulator.USERNAME)
              .clock(world.clock())
              .build();
      WorkBridge.Builder bridge =
          WorkBridge.builder()
              .connectionId(CONNECTION)
              .clock(world.clock())
              .store(state)
              .workOrders(workOrderPlatform, fieldService, workOrders);
      if (leads != null) {
        bridge.leads(new VendorLeadFeed(vendor), fieldService, leads);
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

  private static <T extends AutoCloseable> T opening(List<AutoCloseable> opened, T resource) {
    opened.add(resource);
    return resource;
  }
}
