package io.workbridge.sync.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.testkit.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake keeps ServiceChannel's rules, so workflow tests against it mean something. */
class FakeServiceChannelTest {

  private final MutableClock clock = MutableClock.at("2026-03-02T12:00:00Z");
  private final FakeServiceChannel fake = new FakeServiceChannel(clock);

  private WorkOrder issue(long id, long subscriber) {
    WorkOrder workOrder =
        WorkOrder.builder()
            .id(id)
            .number(Long.toString(id))
            .subscriber(new Subscriber(subscriber, "S"))
            .location(WorkOrderLocation.builder().id(3).build())
            .status(WorkOrderStatus.OPEN)
            .nte(Money.of("100", "USD"))
            .createdAt(clock.instant())
            .updatedAt(clock.instant())
            .build();
    fake.putWorkOrder(workOrder);
    return workOrder;
  }

  private static Invoice invoice(String number, String total) {
    Instant at = Instant.parse("2026-03-03T00:00:00Z");
    return Invoice.builder()
        .id(1)
        .number(number)
        .jobId(5)
        .status("Exported")
        .invoiceDate(at)
        .subTotal(Money.of(total, "USD"))
        .tax(Money.of("0", "USD"))
        .total(Money.of(total, "USD"))
        .modifiedAt(at)
        .build();
  }

  @Test
  void changeStatus_outsideSubscriberCatalogue_isRefusedLike904() {
    fake.addSubscriber(1, StatusCatalogue.of(WorkOrderStatus.OPEN, WorkOrderStatus.IN_PROGRESS), false);
    issue(10, 1);

    assertThatThrownBy(() -> fake.changeStatus(10, WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectionReason.STATUS_NOT_ALLOWED));
    assertThat(fake.current(10).status()).isEqualTo(WorkOrderStatus.OPEN);
  }

  @Test
  void changeStatus_writesASystemNoteAndShowsInTheFeed() {
    fake.addSubscriber(1, FakeServiceChannel.defaultCatalogue(), false);
    issue(10, 1);
    ChangePage<WorkOrder> first = fake.changesSince(Optional.empty(), 50);

    fake.changeStatus(10, WorkOrderStatus.IN_PROGRESS);
    ChangePage<WorkOrder> next = fake.changesSince(Optional.of(first.nextCursor()), 50);

    assertThat(fake.notesOf(10)).singleElement().extracting(n -> n.origin()).isEqualTo(NoteOrigin.SYSTEM);
    assertThat(next.items()).hasSize(1);
  }

  @Test
  void notes_areAppendOnlyAndWrittenByTheProvider() {
    fake.addSubscriber(1, FakeServiceChannel.defaultCatalogue(), false);
    issue(10, 1);

    fake.subscriberWritesNote(10, "Manager", "first");
    fake.addNote(10, new NewNote("second", true));

    assertThat(fake.notes(10))
        .extracting(n -> n.origin(), n -> n.text(), n -> n.actionRequired())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NoteOrigin.SUBSCRIBER, "first", false),
            org.assertj.core.groups.Tuple.tuple(NoteOrigin.PROVIDER, "second", true));
  }

  @Test
  void checkIn_isRefusedForIvrOnlySubscribersAndCannotBeDoubled() {
    fake.addSubscriber(1, FakeServiceChannel.defaultCatalogue(), true);
    fake.addSubscriber(2, FakeServiceChannel.defaultCatalogue(), false);
    issue(10, 1);
    issue(20, 2);
    CheckIn checkIn = new CheckIn(Optional.of(5L), clock.instant());

    assertThatThrownBy(() -> fake.checkIn(10, checkIn))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectionReason.CHECK_IN_REFUSED));
    fake.checkIn(20, checkIn);
    assertThatThrownBy(() -> fake.checkIn(20, checkIn)).isInstanceOf(PlatformRejectedException.class);
    fake.checkOut(20, checkIn);
    assertThat(fake.activitiesOf(20)).singleElement().satisfies(a -> assertThat(a.isOpen()).isFalse());
    assertThatThrownBy(() -> fake.checkOut(20, checkIn)).isInstanceOf(PlatformRejectedException.class);
  }

  @Test
  void submitInvoice_needsACompletedWorkOrderAUniqueNumberAndATotalWithinTheNte() {
    fake.addSubscriber(1, FakeServiceChannel.defaultCatalogue(), false);
    issue(10, 1);

    assertThatThrownBy(() -> fake.submitInvoice(10, invoice("A", "50")))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectionReason.STATUS_NOT_ALLOWED));
    fake.changeStatus(10, WorkOrderStatus.COMPLETED);
    assertThatThrownBy(() -> fake.submitInvoice(10, invoice("A", "150")))
        .hasMessageContaining("1104");
    long id = fake.submitInvoice(10, invoice("A", "50"));
    assertThatThrownBy(() -> fake.submitInvoice(10, invoice("A", "50")))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class, e -> assertThat(e.reason()).isEqualTo(RejectionReason.DUPLICATE));
    assertThat(fake.findInvoice(10, "A")).contains(id);
    assertThatThrownBy(() -> fake.changeStatus(10, WorkOrderStatus.IN_PROGRESS))
        .hasMessageContaining("921");
  }

  @Test
  void faultHook_afterEffect_leavesTheEffectInPlace() {
    fake.addSubscriber(1, FakeServiceChannel.defaultCatalogue(), false);
    issue(10, 1);
    fake.setFaultHook(
        (operation, phase) -> {
          if (phase == FaultHook.Phase.AFTER_EFFECT) {
            throw new PlatformUnavailableException("timeout after " + operation);
          }
        });

    assertThatThrownBy(() -> fake.addNote(10, NewNote.of("hello")))
        .isInstanceOf(PlatformUnavailableException.class);
    assertThat(fake.notesOf(10)).hasSize(1);
    assertThat(fake.snapshot()).contains("note PROVIDER API user: hello");
  }
}
