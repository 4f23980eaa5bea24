package io.workbridge.sync.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.JobRequest;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.testkit.MutableClock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ServiceTitan fake behaves like the API where the work-order workflow depends on it. */
class FakeServiceTitanWorkOrderTest {

  private final FakeServiceTitan fake = new FakeServiceTitan(MutableClock.at("2026-03-02T12:00:00Z"));

  private static BookingRequest request(String externalId) {
    return BookingRequest.builder()
        .externalId(externalId)
        .source("ServiceChannel")
        .name("Acme - 0024")
        .summary("s")
        .build();
  }

  @Test
  void createBooking_takesNoIdempotencyKey_soADuplicateShowsInTheSnapshot() {
    fake.createBooking(request("84000001"));
    fake.createBooking(request("84000001"));

    assertThat(fake.bookingsWithExternalId("84000001")).hasSize(2);
    assertThat(fake.snapshot().lines().filter(line -> line.startsWith("booking ext=84000001"))).hasSize(2);
    assertThat(fake.findBookingByExternalId("84000001")).isPresent();
  }

  @Test
  void historyFeed_showsPeoplesAndPortChangesInOrder_andHiddenEventsAreLeftOut() {
    fake.historyFeed();
    long bookingId = fake.createBooking(request("1")).id();
    fake.hideFromFeed(event -> event instanceof FieldEvent.JobChanged);
    FieldJob job = fake.csrConverts(bookingId, 31, 41);
    fake.writeNote(job.id(), "Office", "hello");

    ChangePage<FieldEvent> page = fake.changesSince(Optional.empty(), 10);

    assertThat(page.items())
        .extracting(FeedItem::recordKey)
        .containsExactly("booking " + bookingId + " NEW", "booking " + bookingId + " CONVERTED", "note 3000 on job " + job.id());
    assertThat(page.hasMore()).isFalse();
    assertThat(fake.changesSince(Optional.of(page.nextCursor()), 10).items()).isEmpty();
  }

  @Test
  void feed_isASnapshot_aRecordChangedTwiceBeforeItWasReadIsShownOnceInItsLatestState() {
    long bookingId = fake.createBooking(request("1")).id();
    ChangePage<FieldEvent> first = fake.changesSince(Optional.empty(), 10);
    fake.csrAccepts(bookingId);
    FieldJob job = fake.csrConverts(bookingId, 31, 41);
    fake.dispatch(job.id(), 61L);
    fake.finish(job.id());

    ChangePage<FieldEvent> second = fake.changesSince(Optional.of(first.nextCursor()), 10);

    assertThat(first.items()).extracting(FeedItem::recordKey).containsExactly("booking " + bookingId + " NEW");
    assertThat(second.items())
        .extracting(FeedItem::recordKey)
        .containsExactly(
            "booking " + bookingId + " CONVERTED",
            "appointment " + appointmentOf(second) + " DONE",
            "job " + job.id() + " COMPLETED");
  }

  private static long appointmentOf(ChangePage<FieldEvent> page) {
    return page.items().stream()
        .map(item -> ((FeedItem.Parsed<FieldEvent>) item).value())
        .filter(FieldEvent.AppointmentChanged.class::isInstance)
        .map(event -> ((FieldEvent.AppointmentChanged) event).appointment().id())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void createJob_needsCustomerAndLocationAndKeepsCustomFields() {
    assertThatThrownBy(
            () ->
                fake.createJob(
                    JobRequest.builder().externalId("1").customerId(0).locationId(41).summary("s").build()))
        .isInstanceOf(PlatformRejectedException.class);

    FieldJob job =
        fake.createJob(
            JobRequest.builder()
                .externalId("1")
                .customerId(31)
                .locationId(41)
                .summary("s")
                .putCustomField("NTE", "10.00")
                .build());
    fake.setJobCustomField(job.id(), "Trade", "HVAC");

    assertThat(fake.job(job.id()).orElseThrow().customFields())
        .containsEntry("NTE", "10.00")
        .containsEntry("Trade", "HVAC");
    assertThat(fake.findJobByExternalId("1")).map(FieldJob::id).contains(job.id());
  }
}
