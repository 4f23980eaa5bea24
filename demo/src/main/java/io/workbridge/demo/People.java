package io.workbridge.demo;

import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The people of the demo, acting on the simulators between sync cycles: store managers issue work orders and
 * write notes in ServiceChannel, the provider's staff accept one there directly, CSRs accept, dismiss and
 * convert bookings in ServiceTitan, dispatchers dispatch, technicians arrive, write notes, attach photos and
 * finish, accounting invoices and exports, the vendor raises and re-sends alerts. Each action takes half a
 * minute of simulated time.
 */
final class People {
  private static final Duration ACTION = Duration.ofSeconds(30);

  /** The external-data key the sync's ServiceTitan adapter files a created job's work order id under. */
  static final String EXTERNAL_ID_KEY = "workbridge.externalId";

  private final Simulators world;
  private final ServiceTitanSimulator serviceTitan;
  private final Map<Store, long[]> storeCustomers = new HashMap<>();

  People(Simulators world) {
    this.world = world;
    this.serviceTitan = world.serviceTitan;
  }

  // ------------------------------------------------------------------ ServiceChannel

  /** A store manager issues the work order (back-dated to {@code callDate} when given). */
  void issue(WorkOrderPlan plan, @Nullable Instant callDate) {
    NewWorkOrder.Builder order =
        NewWorkOrder.builder(plan.subscriber().id(), plan.store.id())
            .trade(plan.trade, plan.tradeId)
            .category(plan.category)
            .priority(plan.priority)
            .description(plan.description)
            .nte(plan.nte)
            .scheduledDate(world.now().plus(Duration.ofHours(20 + plan.nte.intValue() % 7)));
    if (callDate != null) {
      order.callDate(callDate);
    }
    plan.id = world.serviceChannel.createWorkOrder(order.build());
    tick();
  }

  /** The store manager writes a note on the work order in ServiceChannel. */
  void subscriberNote(WorkOrderPlan plan, String text) {
    world.serviceChannel.addSubscriberNote(plan.id, text);
    plan.subscriberNote = text;
    tick();
  }

  /** The provider's staff accept the work order directly in ServiceChannel's portal (SC-6). */
  void acceptInServiceChannel(WorkOrderPlan plan) {
    world.serviceChannel.providerAcceptInPortal(plan.id);
    tick();
  }

  // ------------------------------------------------------------------ ServiceTitan CSRs

  /** A CSR accepts the work order's booking. */
  void accept(WorkOrderPlan plan) {
    serviceTitan.csrAcceptBooking(booking(plan));
    tick();
  }

  /** A CSR dismisses the work order's booking with a call reason. */
  void decline(WorkOrderPlan plan) {
    serviceTitan.csrDismissBooking(booking(plan), serviceTitan.referenceData().callReasonId());
    tick();
  }

  /** A CSR converts the work order's booking into a job for the store's customer (created on first use). */
  void convert(WorkOrderPlan plan) {
    long[] customer = storeCustomers.computeIfAbsent(plan.store, this::createCustomer);
    plan.jobId = serviceTitan.csrConvertBooking(booking(plan), customer[0], customer[1]);
    tick();
  }

  /** A CSR converts a lead's booking into a job for a new customer from the alert's member. */
  void convert(AlertPlan alert) {
    Map<String, @Nullable Object> member = memberOf(alert);
    Map<?, ?> address = (Map<?, ?>) Objects.requireNonNull(member.get("address"));
    long[] customer =
        serviceTitan.csrCreateCustomer(
            member.get("firstName") + " " + member.get("lastName"),
            String.valueOf(address.get("street")),
            String.valueOf(address.get("city")),
            String.valueOf(address.get("state")),
            String.valueOf(address.get("zip")));
    alert.jobId = serviceTitan.csrConvertBooking(booking(alert), customer[0], customer[1]);
    tick();
  }

  /** A CSR dismisses a lead's booking. */
  void dismiss(AlertPlan alert) {
    serviceTitan.csrDismissBooking(booking(alert), serviceTitan.referenceData().callReasonId());
    tick();
  }

  // ------------------------------------------------------------------ dispatch and the field

  /** A dispatcher assigns a technician to the job's appointment and dispatches it; returns the appointment. */
  long dispatch(long jobId, int technician) {
    long appointmentId = ((Number) Objects.requireNonNull(serviceTitan.appointmentsOf(jobId).get(0).get("id"))).longValue();
    serviceTitan.dispatcherAssign(
        appointmentId,
        technician % 2 == 0 ? serviceTitan.referenceData().technicianId() : serviceTitan.referenceData().secondTechnicianId());
    tick();
    serviceTitan.dispatcherDispatch(appointmentId);
    tick();
    return appointmentId;
  }

  /** The technician arrives on site. */
  void arrive(long appointmentId) {
    serviceTitan.technicianArrive(appointmentId);
    tick();
  }

  /** The technician writes a note on the job in ServiceTitan. */
  void technicianNote(WorkOrderPlan plan, String text) {
    serviceTitan.addJobNote(job(plan), text);
    plan.technicianNote = text;
    tick();
  }

  /** The technician attaches a photo to the job. */
  String photo(WorkOrderPlan plan, String what) {
    String fileName = "wo-" + plan.id + "-" + what + ".jpg";
    serviceTitan.technicianAttachFile(job(plan), fileName, ("JPEG " + fileName).getBytes(StandardCharsets.UTF_8));
    tick();
    return fileName;
  }

  /** The technician finishes the appointment (the job completes with it). */
  void finish(long appointmentId) {
    serviceTitan.technicianFinish(appointmentId);
    tick();
  }

  // ------------------------------------------------------------------ accounting

  /**
   * Accounting invoices the job (half the NTE plus 8 % tax, so within the NTE) and posts the invoice; exports
   * it to the accounting system when {@code export}.
   */
  void invoice(WorkOrderPlan plan, boolean export) {
    BigDecimal subTotal = plan.nte.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    BigDecimal tax = subTotal.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP);
    long invoiceId = serviceTitan.accountingCreateInvoice(job(plan), subTotal.toPlainString(), tax.toPlainString());
    serviceTitan.accountingPostInvoice(invoiceId);
    plan.invoiceId = invoiceId;
    if (export) {
      serviceTitan.accountingExportInvoice(invoiceId, "GL-" + invoiceId);
      plan.invoiceExported = true;
    }
    tick();
  }

  // ------------------------------------------------------------------ the leads vendor

  /** The vendor raises the alert; the dealer dismisses it in the dashboard when the plan says so. */
  void raise(AlertPlan alert) {
    alert.id = world.vendor.raiseAlert(alert.account, alert.type, alert.severity);
    if (alert.dismissedByDealer) {
      world.vendor.dealerSetsStatus(alert.id, "DISMISSED");
    }
    tick();
  }

  /** The vendor sends the alert again with a new reading. */
  void resend(AlertPlan alert) {
    world.vendor.updateDetail(alert.id, "lastReadingAt", world.now().toString());
    tick();
  }

  // ------------------------------------------------------------------ lookups

  /** Finds the ServiceTitan booking the sync made for the work order and remembers its id. */
  long booking(WorkOrderPlan plan) {
    if (plan.bookingId == null) {
      plan.bookingId = bookingByExternalId(Long.toString(plan.id));
    }
    return plan.bookingId;
  }

  /** Finds the job the sync created directly for the work order (SC-4) and remembers its id. */
  void findDirectJob(WorkOrderPlan plan) {
    List<Long> found =
        serviceTitan.jobs().stream()
            .filter(job -> Long.toString(plan.id).equals(externalId(job)))
            .map(job -> ((Number) Objects.requireNonNull(job.get("id"))).longValue())
            .toList();
    if (found.size() != 1) {
      throw new IllegalStateException(found.size() + " ServiceTitan jobs carry external id " + plan.id + ", expected 1");
    }
    plan.jobId = found.get(0);
  }

  /** The external id the sync gave a job it created (the work order id), or null. */
  static @Nullable String externalId(Map<String, @Nullable Object> job) {
    if (job.get("externalData") instanceof List<?> entries) {
      for (Object entry : entries) {
        if (entry instanceof Map<?, ?> data && EXTERNAL_ID_KEY.equals(data.get("key"))) {
          return String.valueOf(data.get("value"));
        }
      }
    }
    return null;
  }

  private long booking(AlertPlan alert) {
    if (alert.bookingId == null) {
      alert.bookingId = bookingByExternalId(alert.id);
    }
    return alert.bookingId;
  }

  private long bookingByExternalId(String externalId) {
    List<Map<String, @Nullable Object>> found =
        serviceTitan.bookings().stream().filter(row -> externalId.equals(row.get("externalId"))).toList();
    if (found.size() != 1) {
      throw new IllegalStateException(found.size() + " ServiceTitan bookings carry external id " + externalId + ", expected 1");
    }
    return ((Number) Objects.requireNonNull(found.get(0).get("id"))).longValue();
  }

  private long job(WorkOrderPlan plan) {
    return Objects.requireNonNull(plan.jobId, () -> plan.label() + " has no job");
  }

  private long[] createCustomer(Store store) {
    return serviceTitan.csrCreateCustomer(store.customerName(), store.street(), store.city(), store.state(), store.zip());
  }

  private Map<String, @Nullable Object> memberOf(AlertPlan alert) {
    Map<String, @Nullable Object> json =
        world.vendor.alert(alert.id).orElseThrow(() -> new IllegalStateException("no alert " + alert.id));
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> member = (Map<String, @Nullable Object>) Objects.requireNonNull(json.get("member"));
    return member;
  }

  private void tick() {
    world.advance(ACTION);
  }
}
