package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.NotFoundException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicetitan.model.Address;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.BookingStatus;
import io.workbridge.servicetitan.model.BookingUpdate;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.ContactType;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.testkit.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bookings against the simulator: create, read, list, update, dismiss, contacts, lifecycle (the export in
 * {@link BookingsExportSimulatorTest}).
 */
class BookingsSimulatorTest extends SimulatorTestBase {

  static NewBooking booking(String externalId) {
    return NewBooking.builder()
        .source("ServiceChannel")
        .name("Store " + externalId)
        .summary("Freezer is leaking")
        .isFirstTimeClient(false)
        .externalId(externalId)
        .address(Address.builder().street("12 Main St").city("Dallas").state("TX").zip("75001").country("USA").build())
        .addContact(Contact.builder().type(ContactType.EMAIL).value("store@example.com").build())
        .priority(Priority.URGENT)
        .start(Instant.parse("2026-03-04T15:00:00Z"))
        .build();
  }

  @Test
  void create_thenGet_roundTripsAndStartsNew() {
    Booking created = st.bookings().create(booking("wo-1"));

    assertThat(created.status()).isEqualTo(BookingStatus.NEW);
    assertThat(created.externalId()).isEqualTo("wo-1");
    assertThat(created.bookingProviderId()).isEqualTo(sim.bookingProviderId());
    assertThat(created.priority()).contains(Priority.URGENT);
    assertThat(created.start()).contains(Instant.parse("2026-03-04T15:00:00Z"));
    assertThat(st.bookings().get(created.id())).isEqualTo(created);
    assertThat(st.bookings().getTenantWide(created.id()).externalId()).isEqualTo("wo-1");
    assertThat(st.bookings().contacts(created.id()).stream().toList())
        .singleElement()
        .satisfies(c -> assertThat(c.value()).isEqualTo("store@example.com"));
    JournalEntry post = sim.journal().last("POST", ".*/bookings").orElseThrow();
    assertThat(post.header("ST-App-Key")).contains(sim.appKey());
    assertThat(post.header("Authorization")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer "));
  }

  @Test
  void create_missingAddressParts_isValidationErrorWithFields() {
    NewBooking bad =
        NewBooking.builder()
            .from(booking("wo-2"))
            .address(Address.builder().street(" ").city("Dallas").state("TX").zip("").country("USA").build())
            .build();
    assertThatThrownBy(() -> st.bookings().create(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fieldErrors()).extracting(f -> f.field()).contains("address.street", "address.zip");
              assertThat(e.requestId()).isPresent();
            });
  }

  @Test
  void findByExternalId_findsOnlyThatBooking() {
    st.bookings().create(booking("wo-a"));
    Booking b = st.bookings().create(booking("wo-b"));
    assertThat(st.bookings().findByExternalId("wo-b")).map(Booking::id).contains(b.id());
    assertThat(st.bookings().findByExternalId("wo-zzz")).isEmpty();
  }

  @Test
  void list_pagesThroughAllBookingsWithModifiedRange() {
    for (int i = 0; i < 5; i++) {
      st.bookings().create(booking("wo-" + i));
      clock.advance(Duration.ofMinutes(1));
    }
    List<Booking> recent =
        st.bookings()
            .list(BookingQuery.builder().pageSize(2).modifiedOnOrAfter(Instant.parse("2026-03-02T10:02:00Z")).build())
            .stream()
            .toList();
    assertThat(recent).extracting(Booking::externalId).containsExactly("wo-2", "wo-3", "wo-4");
    assertThat(sim.journal().count("GET", ".*/booking-provider/42/bookings")).isEqualTo(2);
    assertThat(st.bookings().listTenantWide(BookingQuery.all()).stream().count()).isEqualTo(5);
  }

  @Test
  void update_changesFields_butConvertedBookingIsConflict() {
    Booking b = st.bookings().create(booking("wo-u"));
    Booking updated = st.bookings().update(b.id(), BookingUpdate.builder().summary("Now also the ice maker").build());
    assertThat(updated.summary()).contains("Now also the ice maker");

    long[] ids = sim.csrCreateCustomer("Store", "12 Main St", "Dallas", "TX", "75001");
    sim.csrConvertBooking(b.id(), ids[0], ids[1]);
    assertThatThrownBy(() -> st.bookings().update(b.id(), BookingUpdate.builder().summary("x").build()))
        .isInstanceOf(ServiceTitanConflictException.class);
  }

  @Test
  void csrConvertsBooking_jobCarriesBookingIdAndIsFoundByIt() {
    Booking b = st.bookings().create(booking("wo-c"));
    sim.csrAcceptBooking(b.id());
    assertThat(st.bookings().get(b.id()).status()).isEqualTo(BookingStatus.ACCEPTED);
    long[] ids = sim.csrCreateCustomer("Store", "12 Main St", "Dallas", "TX", "75001");

    long jobId = sim.csrConvertBooking(b.id(), ids[0], ids[1]);

    Booking converted = st.bookings().get(b.id());
    assertThat(converted.status()).isEqualTo(BookingStatus.CONVERTED);
    assertThat(converted.jobId()).hasValue(jobId);
    Job job = st.jobs().findByBookingId(b.id()).orElseThrow();
    assertThat(job.id()).isEqualTo(jobId);
    assertThat(job.bookingId()).hasValue(b.id());
    assertThat(job.priority()).isEqualTo(Priority.URGENT);
  }

  @Test
  void dismiss_setsStatusAndReason() {
    Booking b = st.bookings().create(booking("wo-d"));
    st.bookings().dismiss(b.id(), sim.referenceData().callReasonId(), "Outside the service area");
    Booking dismissed = st.bookings().get(b.id());
    assertThat(dismissed.status()).isEqualTo(BookingStatus.DISMISSED);
    assertThat(dismissed.dismissingReasonId()).hasValue(sim.referenceData().callReasonId());
  }

  @Test
  void dismiss_unknownCallReason_isValidationError() {
    Booking b = st.bookings().create(booking("wo-e"));
    assertThatThrownBy(() -> st.bookings().dismiss(b.id(), 999_999L, "x")).isInstanceOf(ValidationException.class);
  }

  @Test
  void addContact_isListed() {
    Booking b = st.bookings().create(booking("wo-f"));
    Contact added = st.bookings().addContact(b.id(), Contact.builder().type(ContactType.MOBILE_PHONE).value("555-0199").memo("night").build());
    assertThat(added.id()).isPresent();
    assertThat(st.bookings().contacts(b.id()).stream().map(Contact::type).toList())
        .containsExactly(ContactType.EMAIL, ContactType.MOBILE_PHONE);
  }

  @Test
  void get_unknownBooking_isNotFound() {
    assertThatThrownBy(() -> st.bookings().get(424242L)).isInstanceOf(NotFoundException.class);
  }
}
