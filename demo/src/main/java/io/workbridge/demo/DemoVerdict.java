package io.workbridge.demo;

import io.workbridge.sync.mapping.LeadDropReason;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.WorkOrderState;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Whether the simulated systems hold what SPEC requires after the demo: for every work order and alert, the
 * bookings and jobs that must exist (exactly once) or must not, the ServiceChannel status and the statuses
 * the integration set, Action Required notes, check-in and check-out, notes copied once each way and never
 * echoed, attachments, NTE and invoices, alerts posted or dropped for the right reason and their outcomes;
 * and for the run as a whole, no quarantine, no cycle stopped early, nothing repeated by a restart and no
 * request outside the APIs' contracts.
 */
final class DemoVerdict {
  private final List<String> failures = new ArrayList<>();
  private int checked;

  private DemoVerdict() {}

  /** Checks the simulators' state against the run's plan. */
  static DemoVerdict of(Simulators world, RemoteState state, DemoRun run) {
    DemoVerdict verdict = new DemoVerdict();
    run.workOrders().forEach(plan -> verdict.workOrder(state, plan, run.log()));
    run.alerts().forEach(alert -> verdict.alert(state, alert, run.log()));
    verdict.run(world, state, run);
    return verdict;
  }

  /** The expectations that failed, each naming its subject, what was expected and what was found. */
  List<String> failures() {
    return List.copyOf(failures);
  }

  /** Whether every expectation held. */
  boolean passed() {
    return failures.isEmpty();
  }

  /** How many expectations were checked. */
  int checked() {
    return checked;
  }

  /** Prints the verdict: one line when everything held, else each failed expectation. */
  void print(PrintWriter out) {
    if (passed()) {
      out.printf("Verdict: PASS. All %d expectations of SPEC hold in the simulated systems.%n", checked);
    } else {
      out.printf("Verdict: FAIL. %d of %d expectations do not hold:%n", failures.size(), checked);
      failures.forEach(failure -> out.println("  ✗ " + failure));
    }
    out.flush();
  }

  // ------------------------------------------------------------------ work orders

  private void workOrder(RemoteState state, WorkOrderPlan plan, SyncLog log) {
    String subject = plan.label();
    WorkOrderState workOrder = state.workOrder(plan);
    List<Map<String, @Nullable Object>> bookings = state.bookingsFor(Long.toString(plan.id));
    List<Map<String, @Nullable Object>> jobs = state.jobsFor(plan);
    Fate fate = plan.fate;

    equal(subject, "ServiceTitan bookings (SC-1, SC-3, SC-4)", plan.synced() && !plan.directJob ? 1 : 0, bookings.size());
    equal(subject, "ServiceTitan jobs", fate.hasJob() ? 1 : 0, jobs.size());
    if (bookings.size() == 1) {
      equal(subject, "booking status", bookingStatus(fate), bookings.get(0).get("status"));
      equal(subject, "booking says it was accepted in ServiceChannel (SC-6)", fate == Fate.ACCEPTED_IN_SERVICECHANNEL,
          String.valueOf(bookings.get(0).get("summary")).contains("accepted directly in ServiceChannel"));
    }
    equal(subject, "ServiceChannel status", expectedStatus(plan), workOrder.status());
    equal(subject, "statuses set by the integration, in order (SC-7, SC-8, SC-10, SC-11, SC-12)", expectedChanges(plan),
        workOrder.statusChanges().stream()
            .filter(change -> change.actor().equals(ServiceChannelSimulator.USERNAME))
            .map(WorkOrderState.StatusChange::to)
            .toList());
    boolean fallsBack = !plan.subscriber().fullCatalogue();
    equal(subject, "Action Required 'has accepted' notes (SC-13)",
        fallsBack && accepted(plan) ? 1 : 0, actionRequired(workOrder, "accepted"));
    equal(subject, "Action Required 'has declined' notes (SC-13)",
        fallsBack && fate == Fate.DECLINED ? 1 : 0, actionRequired(workOrder, "declined"));
    if (plan.ruleMatched && !plan.directJob) {
      equal(subject, "reported as rule without a customer mapping, booked instead (SC-5)", true,
          log.fallbacks(FallbackKind.JOB_RULE_WITHOUT_MAPPING).contains("workorder:" + plan.id));
    }
    if (!plan.synced()) {
      equal(subject, "reported as created before the activation (SC-3)", true,
          log.skipped("created before activation (SC-3)").contains("workorder:" + plan.id));
      equal(subject, "notes written by the integration", 0L,
          notes(workOrder, note -> note.companyName().equals(ServiceChannelSimulator.PROVIDER_NAME)));
    }
    visits(subject, plan, workOrder);
    Map<String, @Nullable Object> job = jobs.size() == 1 ? jobs.get(0) : null;
    notes(subject, state, plan, workOrder, job);
    equal(subject, "attachments in ServiceChannel (SC-15: those taken before completion, once each)",
        plan.photos.stream().sorted().toList(), workOrder.attachmentNames().stream().sorted().toList());
    equal(subject, "invoice submitted to ServiceChannel (SC-20)", fate == Fate.INVOICED, workOrder.invoiced());
    if (job != null) {
      String nte = RemoteState.customField(job, DemoRun.NTE_FIELD).orElse("(none)");
      equal(subject, "NTE in the job's custom field (SC-22)", plan.nte.toPlainString(), sameAmount(nte, plan.nte) ? plan.nte.toPlainString() : nte);
    }
  }

  private void visits(String subject, WorkOrderPlan plan, WorkOrderState workOrder) {
    equal(subject, "technician check-ins (SC-11)", plan.fate.arrived() ? 1 : 0, workOrder.visits().size());
    equal(subject, "technician check-outs (SC-12)", plan.fate.finished() ? 1 : 0,
        (int) workOrder.visits().stream().filter(visit -> visit.checkedOut() != null).count());
  }

  private void notes(
      String subject, RemoteState state, WorkOrderPlan plan, WorkOrderState workOrder, @Nullable Map<String, @Nullable Object> job) {
    boolean synced = plan.subscriber().notesSynced();
    equal(subject, "job number notes (SC-9)", job == null ? 0L : 1L,
        notes(workOrder, note -> job != null && note.text().equals(
            RemoteState.JOB_NUMBER_NOTE + job.get("jobNumber") + " was created for this work order.")));
    equal(subject, "job number notes for another job (SC-9)", 0L,
        notes(workOrder, note -> note.text().startsWith(RemoteState.JOB_NUMBER_NOTE)
            && (job == null || !note.text().startsWith(RemoteState.JOB_NUMBER_NOTE + job.get("jobNumber") + " "))));
    String technicianNote = plan.technicianNote;
    if (technicianNote != null) {
      equal(subject, "copies of the technician's note in ServiceChannel (SC-16" + (synced ? ")" : ", off by SC-18)"),
          synced ? 1L : 0L,
          notes(workOrder, note -> note.text().startsWith(RemoteState.COPIED_FROM_SERVICETITAN) && note.text().endsWith(": " + technicianNote)));
    }
    equal(subject, "notes in ServiceChannel copied from ServiceTitan other than the technician's", 0L,
        notes(workOrder, note -> note.text().startsWith(RemoteState.COPIED_FROM_SERVICETITAN)
            && (technicianNote == null || !note.text().endsWith(": " + technicianNote))));
    equal(subject, "ServiceChannel notes echoing a note copied from ServiceChannel (SC-16)", 0L,
        notes(workOrder, note -> note.text().contains(RemoteState.COPIED_FROM_SERVICECHANNEL)));
    if (job != null) {
      List<String> jobNotes = state.jobNotes(job);
      String subscriberNote = plan.subscriberNote;
      long copies = jobNotes.stream().filter(note -> note.startsWith(RemoteState.COPIED_FROM_SERVICECHANNEL)).count();
      long expectedCopies = subscriberNote != null && synced ? 1 : 0;
      equal(subject, "job notes copied from ServiceChannel (SC-16" + (synced ? ")" : ", off by SC-18)"), expectedCopies, copies);
      if (expectedCopies == 1) {
        equal(subject, "the copied job note carries the store manager's text", true,
            jobNotes.stream().anyMatch(note -> note.startsWith(RemoteState.COPIED_FROM_SERVICECHANNEL) && note.endsWith(": " + subscriberNote)));
      }
      equal(subject, "job notes echoing a note copied from ServiceTitan (SC-16)", 0L,
          jobNotes.stream().filter(note -> note.startsWith(RemoteState.COPIED_FROM_SERVICETITAN)).count());
    }
  }

  // ------------------------------------------------------------------ alerts

  private void alert(RemoteState state, AlertPlan alert, SyncLog log) {
    String subject = alert.label();
    equal(subject, alert.dropped.isEmpty() ? "ServiceTitan bookings (LD-1, LD-10)" : "ServiceTitan bookings (dropped: "
        + alert.dropped.get().key() + ")", alert.dropped.isEmpty() ? 1 : 0, state.bookingsFor(alert.id).size());
    alert.dropped.ifPresent(reason ->
        equal(subject, "reported as dropped for " + reason.key(), true, log.skipped(reason.key()).contains("alert:" + alert.id)));
    if (alert.resent) {
      equal(subject, "re-sent alert reported as already posted (LD-10)", true,
          log.skipped(LeadDropReason.ALREADY_POSTED.key()).contains("alert:" + alert.id));
    }
    equal(subject, "outcomes written back to the vendor", alert.expectedOutcomes, state.outcomes(alert));
  }

  // ------------------------------------------------------------------ the run

  private void run(Simulators world, RemoteState state, DemoRun run) {
    String subject = "the run";
    long workOrderBookings = run.workOrders().stream().filter(plan -> plan.synced() && !plan.directJob).count();
    long leadBookings = run.alerts().stream().filter(alert -> alert.dropped.isEmpty()).count();
    equal(subject, "ServiceTitan bookings in all (none unaccounted for)", workOrderBookings + leadBookings, (long) state.bookings().size());
    long workOrderJobs = run.workOrders().stream().filter(plan -> plan.fate.hasJob()).count();
    long leadJobs = run.alerts().stream().filter(alert -> alert.converted).count();
    equal(subject, "ServiceTitan jobs in all (none unaccounted for)", workOrderJobs + leadJobs, (long) state.jobs().size());
    equal(subject, "alerts the vendor holds", run.alerts().size(), state.alertCount());
    equal(subject, "records quarantined (SDK-5)", List.of(), run.log().quarantined());
    equal(subject, "cycles that stopped early", List.of(), run.log().stoppedEarly());
    equal(subject, "effects performed by a new bridge over the same store", 0, run.restartEffects());
    contract(subject, "ServiceTitan", world.serviceTitan::verify, world.serviceTitan::clearProblems);
    contract(subject, "ServiceChannel", world.serviceChannel::verify, world.serviceChannel.simulator()::clearProblems);
    contract(subject, "the leads vendor", world.vendor.api()::verify, world.vendor.api()::clearProblems);
  }

  /** Checks a simulator saw no contract violation; once reported here, the problems are cleared for closing. */
  private void contract(String subject, String system, Runnable verify, Runnable clear) {
    checked++;
    try {
      verify.run();
    } catch (AssertionError violated) {
      failures.add(subject + ": requests to " + system + " outside its API contract, or a simulator fault: "
          + firstLine(violated.getMessage()));
      clear.run();
    }
  }

  // ------------------------------------------------------------------ expectations

  private static String bookingStatus(Fate fate) {
    return switch (fate) {
      case ACCEPTED -> "Accepted";
      // ServiceTitan's booking provider API cannot accept a booking: the summary tells the CSR (SC-6).
      case DECLINED -> "Dismissed";
      case DISPATCHED, ON_SITE, DONE, INVOICED -> "Converted";
      default -> "New";
    };
  }

  /** The ServiceChannel status SPEC leads to at the end. */
  static String expectedStatus(WorkOrderPlan plan) {
    boolean full = plan.subscriber().fullCatalogue();
    return switch (plan.fate) {
      case BEFORE_ACTIVATION, BOOKED -> "OPEN/";
      case ACCEPTED -> full ? "IN PROGRESS/DISPATCH CONFIRMED" : "OPEN/";
      case DECLINED -> full ? "OPEN/DECLINED" : "OPEN/";
      case ACCEPTED_IN_SERVICECHANNEL -> full ? "IN PROGRESS/DISPATCH CONFIRMED" : "IN PROGRESS/";
      case DISPATCHED -> "IN PROGRESS/";
      case ON_SITE -> "IN PROGRESS/ON SITE";
      case DONE, INVOICED -> "COMPLETED/";
    };
  }

  /** The statuses the integration sets, in order: accept or decline, dispatch, (check-in), complete. */
  /**
   * Whether the booking reached the accept milestone (SC-7): accepted by a CSR, or converted into a job — a
   * converted booking was accepted, whether or not a poll saw it accepted first.
   */
  static boolean accepted(WorkOrderPlan plan) {
    return plan.fate == Fate.ACCEPTED || plan.acceptedFirst || (plan.fate.hasJob() && !plan.directJob);
  }

  static List<String> expectedChanges(WorkOrderPlan plan) {
    List<String> changes = new ArrayList<>();
    boolean full = plan.subscriber().fullCatalogue();
    if (full && accepted(plan)) {
      changes.add("IN PROGRESS/DISPATCH CONFIRMED");
    }
    if (full && plan.fate == Fate.DECLINED) {
      changes.add("OPEN/DECLINED");
    }
    if (plan.fate.hasJob()) {
      changes.add("IN PROGRESS");
    }
    if (plan.fate.arrived()) {
      changes.add("IN PROGRESS/ON SITE");
    }
    if (plan.fate.finished()) {
      changes.add("COMPLETED");
    }
    return changes;
  }

  private static long actionRequired(WorkOrderState workOrder, String verb) {
    return notes(workOrder, note -> note.actionRequired() && note.text().endsWith(" has " + verb + " this work order"));
  }

  private static long notes(WorkOrderState workOrder, Predicate<WorkOrderState.Note> filter) {
    return workOrder.notes().stream().filter(filter).count();
  }

  private void equal(String subject, String what, Object expected, Object found) {
    checked++;
    boolean same =
        expected instanceof Number wanted && found instanceof Number actual
            ? wanted.longValue() == actual.longValue()
            : Objects.equals(expected, found);
    if (!same) {
      failures.add(subject + ": " + what + ": expected " + expected + ", found " + found);
    }
  }

  private static boolean sameAmount(String text, BigDecimal amount) {
    try {
      return new BigDecimal(text).compareTo(amount) == 0;
    } catch (NumberFormatException notAnAmount) {
      return false;
    }
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "(no message)";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
