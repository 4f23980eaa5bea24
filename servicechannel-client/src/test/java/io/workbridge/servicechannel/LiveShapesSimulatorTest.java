package io.workbridge.servicechannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.NotFoundException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicechannel.model.Counts;
import io.workbridge.servicechannel.model.GpsRadius;
import io.workbridge.servicechannel.model.Invoice;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.Note;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.testkit.servicechannel.NewLocation;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client against the simulator's live shapes: sparse work orders and the calls that complete them. */
class LiveShapesSimulatorTest extends SimulatorSupport {
  private static final long KINGSTON = 2007412260L;

  private void addKingston() {
    sim.addLocation(
        NewLocation.builder(KINGSTON, SANDBOX, "0317")
            .name("KINGSTON")
            .address("1200 Ulster Ave", "Suite 4", "Kingston", "NY", "12401", "US")
            .phone("8455550142")
            .coordinates(41.927, -73.9974)
            .radiusMiles(0.5)
            .zone("America/New_York")
            .build());
  }

  @Test
  void get_sparseLocation_fullLocationFromLocationsGet() {
    addKingston();
    long id = sim.createWorkOrder(NewWorkOrder.builder(SANDBOX, KINGSTON).build());
    try (ServiceChannelClient sc = client()) {
      Location embedded = sc.workOrders().get(id).location().orElseThrow();
      Location full = sc.locations().get(embedded.id());

      assertThat(embedded.id()).isEqualTo(KINGSTON);
      assertThat(embedded.hasCoordinates()).isFalse();
      assertThat(embedded.address2()).isEmpty();
      assertThat(full.address2()).contains("1200 Ulster Ave");
      assertThat(full.address1()).contains("Suite 4");
      assertThat(full.city()).contains("Kingston");
      assertThat(full.phone()).contains("8455550142");
      assertThat(full.latitude()).hasValue(41.927);
      assertThat(full.radius()).hasValue(0.5);
      assertThat(full.timeZone()).contains(ZoneId.of("America/New_York"));
      assertThatThrownBy(() -> sc.locations().get(42L)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void gpsRadius_coordinatesOfTheWorkOrdersLocation() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      GpsRadius radius = sc.workOrders().gpsRadius(id);
      assertThat(radius.locationId()).hasValue(ALBANY);
      assertThat(radius.latitude()).hasValue(ALBANY_LAT);
      assertThat(radius.longitude()).hasValue(ALBANY_LON);
      assertThat(radius.radius()).hasValue(0.5);
    }
  }

  @Test
  void scheduledDate_storesWallClock_readInTheLocationsZone() {
    long id =
        sim.createWorkOrder(
            NewWorkOrder.builder(SANDBOX, ALBANY).scheduledLocal(LocalDateTime.parse("2026-06-02T12:00:00")).build());
    try (ServiceChannelClient sc = client()) {
      WorkOrder order = sc.workOrders().get(id);
      ZoneId zone = sc.locations().get(ALBANY).timeZone().orElseThrow();

      assertThat(order.scheduledLocal()).contains(LocalDateTime.parse("2026-06-02T12:00:00"));
      assertThat(order.scheduledAt(zone)).contains(Instant.parse("2026-06-02T16:00:00Z"));
      assertThat(order.storeOffset()).contains(ZoneOffset.ofHours(-4));
      assertThat(order.expirationLocal()).isPresent();
    }
  }

  @Test
  void notes_displayNamesInCreatedBy_companyNameTellsOwnNotes_countsOnTheWorkOrder() {
    long id = createAt(SANDBOX);
    sim.addSubscriberNote(id, "Back door only");
    try (ServiceChannelClient sc = client()) {
      long mine = sc.notes().create(id, NewNote.builder().text("On our way").build());
      List<Note> notes = sc.notes().list(id).stream().toList();
      WorkOrder order = sc.workOrders().get(id);

      Note own = notes.stream().filter(n -> n.id() == mine).findFirst().orElseThrow();
      assertThat(own.createdBy()).contains(ServiceChannelSimulator.USER_DISPLAY_NAME).isNotEqualTo(ServiceChannelSimulator.USERNAME);
      assertThat(own.companyName()).contains(ServiceChannelSimulator.PROVIDER_NAME);
      Note theirs = notes.stream().filter(n -> n.text().equals("Back door only")).findFirst().orElseThrow();
      assertThat(theirs.createdBy()).contains("Jordan Pike");
      assertThat(theirs.companyName()).contains("API SANDBOX");
      assertThat(order.notesCount()).contains(Counts.of(1, 2));
      assertThat(order.lastNote().orElseThrow().id()).isEqualTo(mine);
    }
  }

  @Test
  void changeStatusToOpenDeclined_refusedWith9001_declineWithAReasonWorks() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () -> sc.workOrders().changeStatus(id, StatusChange.builder().status("OPEN", "DECLINED").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errorCode()).contains(ServiceChannelErrorCodes.DECLINE_REASON_REQUIRED));
      assertThat(sim.statusOf(id)).isEqualTo("OPEN/");
    }
  }

  @Test
  void invoicesListByWorkOrder_findsTheInvoiceByNumber() {
    long id = createAt(SANDBOX);
    sim.confirmCompletion(id);
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.invoices().listByWorkOrder(id).stream()).isEmpty();
      long invoiceId =
          sc.invoices()
              .create(
                  NewInvoice.builder()
                      .number("INV-7")
                      .workOrderIdentifier(Long.toString(id))
                      .total(new BigDecimal("420.00"))
                      .tax(BigDecimal.ZERO)
                      .build());

      List<Invoice> invoices = sc.invoices().listByWorkOrder(id).stream().toList();

      assertThat(invoices).singleElement().satisfies(invoice -> {
        assertThat(invoice.id()).isEqualTo(invoiceId);
        assertThat(invoice.number()).isEqualTo("INV-7");
        assertThat(invoice.workOrderId()).hasValue(id);
        assertThat(invoice.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("420.00"));
      });
    }
  }

  @Test
  void invoicesListByWorkOrder_deniedForTheProvider_permissionDenied() {
    long id = createAt(SANDBOX);
    sim.denyPermission("GET", "/v3/odata/invoices");
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.invoices().listByWorkOrder(id).stream().toList())
          .isInstanceOf(PermissionDeniedException.class);
    }
  }
}
