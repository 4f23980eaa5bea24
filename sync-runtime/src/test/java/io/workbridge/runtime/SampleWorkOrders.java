package io.workbridge.runtime;

import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import java.time.Instant;
import java.time.ZoneId;

/** Open work orders of one subscriber's Dallas store, for tests running a bridge over the sync-core fakes. */
final class SampleWorkOrders {
  /** The subscriber of every sample work order. */
  static final long SUBSCRIBER = 2014917243L;

  private SampleWorkOrders() {}

  /** An open HVAC repair work order with an NTE of 750.00, issued at {@code issuedAt}. */
  static WorkOrder open(long id, Instant issuedAt) {
    return WorkOrder.builder()
        .id(id)
        .number(Long.toString(id))
        .purchaseNumber("PO-" + id)
        .subscriber(new Subscriber(SUBSCRIBER, "Acme Stores"))
        .location(
            WorkOrderLocation.builder()
                .id(2_005_530_999L)
                .storeId("0024")
                .name("Acme #24")
                .address(Address.builder().street("12 Main St").city("Dallas").state("TX").zip("75001").build())
                .timeZone(ZoneId.of("America/Chicago"))
                .build())
        .status(WorkOrderStatus.OPEN)
        .trade("HVAC")
        .category("REPAIR")
        .priority("P2 - Urgent")
        .description("Rooftop unit not cooling")
        .nte(Money.of("750.00", "USD"))
        .createdAt(issuedAt)
        .updatedAt(issuedAt)
        .build();
  }
}
