package io.workbridge.benchmarks;

import io.workbridge.sync.model.Appointment;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.TechnicianArrival;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.ScAction;
import io.workbridge.sync.status.StatusMapping;
import io.workbridge.sync.status.StatusTranslator;
import io.workbridge.sync.status.WorkOrderContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one {@link StatusTranslator} decision per ServiceTitan event type (SC-7 … SC-13,
 * SC-20), with the default mapping. {@code ACCEPT_FALLBACK} is an accepted booking whose subscriber
 * lacks the target status (the SC-13 note); {@code ARRIVED_IVR} a check-in written as a note.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatusTranslatorBenchmark {
  private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");

  /** The event type decided. */
  @Param({
    "BOOKING_ACCEPTED",
    "BOOKING_DISMISSED",
    "ACCEPT_FALLBACK",
    "JOB_DISPATCHED",
    "TECHNICIAN_ARRIVED",
    "ARRIVED_IVR",
    "APPOINTMENT_DONE",
    "JOB_COMPLETED",
    "INVOICE_EXPORTED"
  })
  public String event;

  private StatusTranslator translator;
  private FieldEvent fieldEvent;
  private WorkOrderContext context;

  /** Builds the event and its work-order context once per trial. */
  @Setup
  public void setUp() {
    translator = new StatusTranslator(StatusMapping.defaults());
    StatusCatalogue full =
        StatusCatalogue.of(
            WorkOrderStatus.OPEN,
            WorkOrderStatus.OPEN_DECLINED,
            WorkOrderStatus.IN_PROGRESS,
            WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED,
            WorkOrderStatus.COMPLETED);
    StatusCatalogue catalogue =
        event.equals("ACCEPT_FALLBACK")
            ? StatusCatalogue.of(WorkOrderStatus.OPEN, WorkOrderStatus.COMPLETED)
            : full;
    context =
        WorkOrderContext.builder()
            .workOrderId(90_001)
            .subscriberId(2_001)
            .companyName("Acme HVAC")
            .timeZone(ZoneId.of("America/Chicago"))
            .catalogue(() -> catalogue)
            .ivrOnly(event.equals("ARRIVED_IVR"))
            .putTechnicianUser(501L, 7_001L)
            .build();
    fieldEvent = eventFor(event);
  }

  /** One decision: the ServiceChannel actions for one ServiceTitan event. */
  @Benchmark
  public List<ScAction> translate() {
    return translator.translate(fieldEvent, context);
  }

  private static FieldEvent eventFor(String type) {
    switch (type) {
      case "BOOKING_ACCEPTED":
      case "ACCEPT_FALLBACK":
        return new FieldEvent.BookingChanged(booking(BookingStatus.ACCEPTED));
      case "BOOKING_DISMISSED":
        return new FieldEvent.BookingChanged(booking(BookingStatus.DISMISSED));
      case "JOB_DISPATCHED":
        return new FieldEvent.JobChanged(job(JobStatus.DISPATCHED));
      case "JOB_COMPLETED":
        return new FieldEvent.JobChanged(job(JobStatus.COMPLETED));
      case "TECHNICIAN_ARRIVED":
      case "ARRIVED_IVR":
        return new FieldEvent.TechnicianArrived(
            TechnicianArrival.builder()
                .jobId(3_001)
                .appointmentId(4_001)
                .technicianId(501)
                .arrivedAt(NOW)
                .build());
      case "APPOINTMENT_DONE":
        return new FieldEvent.AppointmentChanged(
            Appointment.builder()
                .id(4_001)
                .jobId(3_001)
                .status(AppointmentStatus.DONE)
                .addTechnicianId(501L)
                .modifiedAt(NOW)
                .build());
      case "INVOICE_EXPORTED":
        return new FieldEvent.InvoiceChanged(
            Invoice.builder()
                .id(6_001)
                .number("INV-6001")
                .jobId(3_001)
                .status("Exported")
                .invoiceDate(NOW)
                .subTotal(Money.of("100.00", "USD"))
                .tax(Money.of("8.25", "USD"))
                .total(Money.of("108.25", "USD"))
                .modifiedAt(NOW)
                .build());
      default:
        throw new IllegalArgumentException("unknown event type " + type);
    }
  }

  private static Booking booking(BookingStatus status) {
    return Booking.builder()
        .id(1_001)
        .externalId("90001")
        .status(status)
        .name("Store 7 - leaking roof unit")
        .summary("WO 90001")
        .modifiedAt(NOW)
        .build();
  }

  private static FieldJob job(JobStatus status) {
    return FieldJob.builder()
        .id(3_001)
        .number("3001")
        .customerId(8_001)
        .locationId(8_101)
        .status(status)
        .modifiedAt(NOW)
        .build();
  }
}
