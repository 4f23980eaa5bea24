package io.workbridge.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.servicechannel.model.Company;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
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
    assertThatThrownBy(() -> WorkOrderMapping.map(order().build(), Optional.empty(), "USD"))
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

    assertThatThrownBy(() -> WorkOrderMapping.map(noSubscriber, Optional.empty(), "USD")).hasMessage("missing field Subscriber.Id");
  }

  @Test
  void map_nteWithoutCurrency_defaultCurrencyAndLocationZone() {
    WorkOrder order =
        order()
            .location(Location.builder().id(7).timeZone(ZoneId.of("America/Denver")).build())
            .nte(new BigDecimal("250.00"))
            .build();

    io.workbridge.sync.model.WorkOrder mapped = WorkOrderMapping.map(order, Optional.empty(), "USD");

    assertThat(mapped.nte().orElseThrow().currency()).isEqualTo("USD");
    assertThat(mapped.nte().orElseThrow().amountText()).isEqualTo("250.00");
    assertThat(mapped.location().timeZone()).isEqualTo(ZoneId.of("America/Denver"));
    assertThat(mapped.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void map_fullLocation_addressWithMainLineAsStreetPhoneAndZone() {
    WorkOrder order = order().location(Location.builder().id(7).storeId("0024").name("ALBANY").build()).build();
    Location site =
        Location.builder()
            .id(7)
            .address1("Suite 4")
            .address2("1200 Central Ave")
            .city("Albany")
            .state("NY")
            .zip("12205")
            .country("US")
            .phone("5185550142")
            .timeZone(ZoneId.of("America/New_York"))
            .build();

    WorkOrderLocation location = WorkOrderMapping.map(order, Optional.of(site), "USD").location();

    assertThat(location.storeId()).contains("0024");
    assertThat(location.name()).contains("ALBANY");
    assertThat(location.phone()).contains("5185550142");
    assertThat(location.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(location.address().orElseThrow().street()).isEqualTo("1200 Central Ave");
    assertThat(location.address().orElseThrow().unit()).contains("Suite 4");
    assertThat(location.address().orElseThrow().country()).isEqualTo("US");
  }

  @Test
  void map_onlyAddress1_isTheStreet() {
    WorkOrder order = order().location(Location.builder().id(7).build()).build();
    Location site = Location.builder().id(7).address1("12 Main St").city("Troy").state("NY").zip("12180").build();

    Address address = WorkOrderMapping.map(order, Optional.of(site), "USD").location().address().orElseThrow();

    assertThat(address.street()).isEqualTo("12 Main St");
    assertThat(address.unit()).isEmpty();
  }

  @Test
  void map_scheduledWallClock_readInTheLocationsZone_elseTheCallDatesOffset_elseLeftOut() {
    WorkOrder.Builder order =
        order()
            .location(Location.builder().id(7).build())
            .scheduledLocal(LocalDateTime.parse("2026-06-02T12:00:00"));
    Location newYork = Location.builder().id(7).timeZone(ZoneId.of("America/New_York")).build();

    assertThat(WorkOrderMapping.map(order.build(), Optional.of(newYork), "USD").scheduledAt())
        .contains(Instant.parse("2026-06-02T16:00:00Z"));
    assertThat(WorkOrderMapping.map(order.storeOffset(ZoneOffset.ofHours(-6)).build(), Optional.empty(), "USD").scheduledAt())
        .contains(Instant.parse("2026-06-02T18:00:00Z"));
    assertThat(WorkOrderMapping.map(order().location(Location.builder().id(7).build())
            .scheduledLocal(LocalDateTime.parse("2026-06-02T12:00:00")).build(), Optional.empty(), "USD").scheduledAt())
        .isEmpty();
  }

  @Test
  void map_siteOfAnotherLocation_ignored() {
    WorkOrder order = order().location(Location.builder().id(7).build()).build();
    Location other = Location.builder().id(8).city("Elsewhere").phone("1").build();

    assertThat(WorkOrderMapping.map(order, Optional.of(other), "USD").location().phone()).isEmpty();
  }

  @Test
  void unusableRecord_outsideAFeed_becomesAnInvalidRequestRejection() {
    ClientFailures failures = new ClientFailures("ServiceChannel", failure -> java.util.Optional.empty());

    assertThatThrownBy(() -> failures.call("reading work order 1", () -> WorkOrderMapping.map(order().build(), Optional.empty(), "USD")))
        .isInstanceOfSatisfying(PlatformRejectedException.class, rejected -> {
          assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_REQUEST);
          assertThat(rejected.getMessage()).contains("missing field Location");
        });
  }
}
