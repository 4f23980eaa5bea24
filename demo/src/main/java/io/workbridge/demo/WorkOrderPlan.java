package io.workbridge.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One work order of the demo: what the subscriber asked for, what the people do with it, and the ids the
 * simulated systems gave it. The verdict derives SPEC's expectations from it.
 */
final class WorkOrderPlan {
  final Store store;
  final String trade;
  final long tradeId;
  final String category;
  final String priority;
  final String description;
  final BigDecimal nte;
  final Fate fate;
  /** A CSR accepts the booking before converting it (so SC-7 happens before the job). */
  final boolean acceptedFirst;
  /** It matches the auto-conversion rule that sends Northwind emergencies as jobs (SC-4). */
  final boolean ruleMatched;
  /** The rule matches and the customer mapping is known by then (SC-5): the sync creates the job directly. */
  final boolean directJob;

  long id;
  @Nullable Long bookingId;
  @Nullable Long jobId;
  @Nullable String jobNumber;
  @Nullable Long appointmentId;
  /** A ServiceChannel note the subscriber wrote once the job existed. */
  @Nullable String subscriberNote;
  /** A ServiceTitan note the technician wrote. */
  @Nullable String technicianNote;
  /** Files the technician attached before finishing (sent at completion, SC-15). */
  final List<String> photos = new ArrayList<>();
  /** A file attached after completion (not sent by default, SC-15). */
  @Nullable String latePhoto;
  @Nullable Long invoiceId;
  boolean invoiceExported;

  WorkOrderPlan(
      Store store,
      String trade,
      long tradeId,
      String category,
      String priority,
      String description,
      BigDecimal nte,
      Fate fate,
      boolean acceptedFirst,
      boolean ruleMatched,
      boolean directJob) {
    this.store = store;
    this.trade = trade;
    this.tradeId = tradeId;
    this.category = category;
    this.priority = priority;
    this.description = description;
    this.nte = nte;
    this.fate = fate;
    this.acceptedFirst = acceptedFirst;
    this.ruleMatched = ruleMatched;
    this.directJob = directJob;
  }

  Subscriber subscriber() {
    return store.subscriber();
  }

  /** Whether the sync takes the work order in at all (SC-3). */
  boolean synced() {
    return fate != Fate.BEFORE_ACTIVATION;
  }

  /** How the work order is named in messages. */
  String label() {
    return "work order " + id + " (" + store.customerName() + ", " + fate.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }
}
