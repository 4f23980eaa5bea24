package io.workbridge.runtime.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.servicechannel.model.Company;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@link WorkOrderMapping}: what makes a ServiceChannel work order unusable, and money without a currency. */
class WorkOrderMappingTest {
  private static final Instant CREATED = Instant.parse("2026-06-01T14:00:00Z");

  private static WorkOrder.Builder order() {
    return WorkOrder.builder()
        .id(2147400001L)
        .number("2147400001")
        .status(WorkOrderStatus.of("OPEN", ""))
        .subscriber(Company.builder().id(2014917243L).name("API SANDBOX").build())
        .createdDate(CREATED);
  }

  @Test
  void map_withoutLocation_unusableNamingTheField() {
    assertThatThrownBy(() -> WorkOrderMapping.map(order().build(), "USD"))
        .isInstanceOf(WorkOrderMapping.Unusable.class)
        .hasMessage("missing field Location");
  }

  @Test
  void map_withoutSubscriber_unusableNamingTheField() {
    WorkOrder noSubscriber =
        WorkOrder.builder()
            .id(1)
            .number("1")
            .status(WorkOrderStatus.of("OPEN", ""))
            .location(Location.builder().id(7).build())
            .createdDate(CREATED)
            .build();

    assertThatThrownBy(() -> WorkOrderMapping.map(noSubscriber, "USD")).hasMessage("missing field Subscriber.Id");
  }

  @Test
  void map_nteWithoutCurrency_defaultCurrencyAndLocationZone() {
    WorkOrder order =
        order()
            .location(Location.builder().id(7).timeZone(ZoneId.of("America/Denver")).build())
            .nte(new BigDecimal("250.00"))
            .build();

    io.workbridge.sync.model.WorkOrder mapped = WorkOrderMapping.map(order, "USD");

    assertThat(mapped.nte().orElseThrow().currency()).isEqualTo("USD");
    assertThat(mapped.nte().orElseThrow().amountText()).isEqualTo("250.00");
    assertThat(mapped.location().timeZone()).isEqualTo(ZoneId.of("America/Denver"));
    assertThat(mapped.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void unusableRecord_outsideAFeed_becomesAnInvalidRequestRejection() {
    ClientFailures failures = new ClientFailures("ServiceChannel", failure -> java.util.Optional.empty());

    assertThatThrownBy(() -> failures.call("reading work order 1", () -> WorkOrderMapping.map(order().build(), "USD")))
        .isInstanceOfSatisfying(PlatformRejectedException.class, rejected -> {
          assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_REQUEST);
          assertThat(rejected.getMessage()).contains("missing field Location");
        });
  }
}
