package io.workbridge.demo;

import io.workbridge.sync.mapping.LeadDropReason;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.WorkOrderState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The report table at the end of the demo. Everything the simulated systems hold is counted from their
 * state; only what the sync alone knows (why an alert was dropped, a fallback, quarantine, cycles) comes from
 * its reports.
 */
final class DemoReport {
  /** One line: a section title (no value) or a label and its value. */
  record Row(String label, @Nullable String value) {}

  private final List<Row> rows = new ArrayList<>();

  private DemoReport() {}

  /** Counts the report from the simulators and the run. */
  static DemoReport of(RemoteState state, DemoRun run) {
    DemoReport report = new DemoReport();
    report.workOrders(state, run);
    report.statuses(state, run);
    report.notes(state, run);
    report.leads(state, run);
    report.sync(run);
    return report;
  }

  /** Prints the table. */
  void print(PrintWriter out) {
    int labels = rows.stream().filter(row -> row.value() != null).mapToInt(row -> row.label().length()).max().orElse(0);
    int values = rows.stream().map(Row::value).filter(Objects::nonNull).mapToInt(String::length).max().orElse(0);
    int width = 2 + labels + 2 + values;
    out.println();
    out.println("WorkBridge demo report");
    out.println("═".repeat(width));
    for (Row row : rows) {
      if (row.value() == null) {
        out.println(row.label());
      } else {
        out.printf("  %-" + labels + "s  %" + values + "s%n", row.label(), row.value());
      }
    }
    out.println("═".repeat(width));
    out.flush();
  }

  // ------------------------------------------------------------------ sections

  private void workOrders(RemoteState state, DemoRun run) {
    List<WorkOrderPlan> plans = run.workOrders();
    section("Work orders: ServiceChannel → ServiceTitan");
    row("work orders issued by 3 subscribers at 6 stores", plans.size());
    row("ignored: created before the activation (SC-3)",
        plans.stream()
            .filter(plan -> !plan.synced())
            .filter(plan -> state.bookingsFor(Long.toString(plan.id)).isEmpty() && state.jobsFor(plan).isEmpty())
            .count());
    row("→ ServiceTitan bookings (SC-1)", plans.stream().mapToInt(plan -> state.bookingsFor(Long.toString(plan.id)).size()).sum());
    row("→ jobs converted from those bookings by CSRs",
        plans.stream().flatMap(plan -> state.jobsFor(plan).stream()).filter(job -> job.get("bookingId") != null).count());
    row("→ jobs created directly by the auto-conversion rule (SC-4, SC-5)",
        plans.stream().flatMap(plan -> state.jobsFor(plan).stream()).filter(job -> job.get("bookingId") == null).count());
    row("rule matched before any customer mapping: booked instead", run.log().fallbacks(FallbackKind.JOB_RULE_WITHOUT_MAPPING).size());
    row("bookings marked accepted after acceptance in ServiceChannel (SC-6)",
        plans.stream()
            .flatMap(plan -> state.bookingsFor(Long.toString(plan.id)).stream())
            .filter(booking -> String.valueOf(booking.get("summary")).contains("accepted directly in ServiceChannel"))
            .count());
    row("NTE written to the job's custom field (SC-22)",
        plans.stream()
            .flatMap(plan -> state.jobsFor(plan).stream())
            .filter(job -> RemoteState.customField(job, DemoRun.NTE_FIELD).isPresent())
            .count());
  }

  private void statuses(RemoteState state, DemoRun run) {
    Map<String, Integer> byTarget = new LinkedHashMap<>();
    byTarget.put("IN PROGRESS/DISPATCH CONFIRMED", 0);
    byTarget.put("OPEN/DECLINED", 0);
    byTarget.put("IN PROGRESS", 0);
    byTarget.put("IN PROGRESS/ON SITE", 0);
    byTarget.put("COMPLETED", 0);
    int checkIns = 0;
    int checkOuts = 0;
    int acceptedNotes = 0;
    int declinedNotes = 0;
    for (WorkOrderPlan plan : run.workOrders()) {
      WorkOrderState workOrder = state.workOrder(plan);
      for (WorkOrderState.StatusChange change : workOrder.statusChanges()) {
        if (change.actor().equals(ServiceChannelSimulator.USERNAME)) {
          byTarget.merge(change.to(), 1, Integer::sum);
        }
      }
      checkIns += workOrder.visits().size();
      checkOuts += (int) workOrder.visits().stream().filter(visit -> visit.checkedOut() != null).count();
      acceptedNotes += (int) actionRequired(workOrder, "accepted");
      declinedNotes += (int) actionRequired(workOrder, "declined");
    }
    section("Statuses pushed to ServiceChannel (by the integration's API user)");
    byTarget.forEach((status, count) -> row(status + statusMeaning(status), count));
    row("Action Required note instead, accepted / declined (SC-13)", acceptedNotes + " / " + declinedNotes);
    row("technician check-ins (SC-11) / check-outs (SC-12)", checkIns + " / " + checkOuts);
  }

  private void notes(RemoteState state, DemoRun run) {
    int jobNumbers = 0;
    int toServiceChannel = 0;
    int toServiceTitan = 0;
    int kept = 0;
    int echoes = 0;
    int attachments = 0;
    int keptBack = 0;
    int invoicesExported = 0;
    int invoicesSubmitted = 0;
    for (WorkOrderPlan plan : run.workOrders()) {
      WorkOrderState workOrder = state.workOrder(plan);
      for (WorkOrderState.Note note : workOrder.notes()) {
        jobNumbers += note.text().startsWith(RemoteState.JOB_NUMBER_NOTE) ? 1 : 0;
        toServiceChannel += note.text().startsWith(RemoteState.COPIED_FROM_SERVICETITAN) ? 1 : 0;
        echoes += note.text().contains(RemoteState.COPIED_FROM_SERVICECHANNEL) ? 1 : 0;
        kept += !plan.subscriber().notesSynced() && isSubscriberNote(note, plan) ? 1 : 0;
      }
      for (Map<String, @Nullable Object> job : state.jobsFor(plan)) {
        for (String note : state.jobNotes(job)) {
          toServiceTitan += note.startsWith(RemoteState.COPIED_FROM_SERVICECHANNEL) ? 1 : 0;
          echoes += note.startsWith(RemoteState.COPIED_FROM_SERVICETITAN) ? 1 : 0;
          kept += !plan.subscriber().notesSynced() && !note.startsWith(RemoteState.COPIED_FROM_SERVICECHANNEL) ? 1 : 0;
        }
        keptBack += (int) state.jobAttachments(job).stream().filter(name -> !workOrder.attachmentNames().contains(name)).count();
      }
      attachments += workOrder.attachmentNames().size();
      invoicesSubmitted += workOrder.invoiced() ? 1 : 0;
      if (plan.invoiceId != null && state.invoiceStatus(plan.invoiceId).filter("Exported"::equals).isPresent()) {
        invoicesExported++;
      }
    }
    section("Notes, attachments and invoices");
    row("job number noted on the work order (SC-9)", jobNumbers);
    row("notes ServiceTitan → ServiceChannel (SC-16)", toServiceChannel);
    row("notes ServiceChannel → ServiceTitan (SC-16)", toServiceTitan);
    row("notes left unsynced: sync off for Harbor Foods (SC-18)", kept);
    row("notes echoed back to where they came from", echoes);
    row("attachments sent to ServiceChannel at completion (SC-15)", attachments);
    row("attachments added after completion, not sent (SC-15)", keptBack);
    row("invoices exported in ServiceTitan / submitted to ServiceChannel (SC-20)", invoicesExported + " / " + invoicesSubmitted);
  }

  private void leads(RemoteState state, DemoRun run) {
    List<AlertPlan> alerts = run.alerts();
    section("Leads: vendor alerts → ServiceTitan bookings");
    row("alerts raised by the vendor", state.alertCount());
    row("→ bookings posted (LD-1)", alerts.stream().mapToInt(alert -> state.bookingsFor(alert.id).size()).sum());
    row("dropped: type not actionable (LD-2)", dropped(state, run, LeadDropReason.TYPE_NOT_ACTIONABLE));
    row("dropped: severity not actionable (LD-2)", dropped(state, run, LeadDropReason.SEVERITY_NOT_ACTIONABLE));
    row("dropped: severity unknown, flagged (LD-2)", dropped(state, run, LeadDropReason.SEVERITY_UNKNOWN));
    row("dropped: job type switched off (LD-5)", dropped(state, run, LeadDropReason.JOB_TYPE_DISABLED));
    row("dropped: no longer pending (dismissed by the dealer)", dropped(state, run, LeadDropReason.NOT_PENDING));
    row("re-sent by the vendor, not posted again (LD-10)", run.log().skipped(LeadDropReason.ALREADY_POSTED.key()).size());
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    for (String status : List.of("SCHEDULED", "RESOLVED", "DISMISSED")) {
      outcomes.put(status, 0);
    }
    alerts.forEach(alert -> state.outcomes(alert).forEach(status -> outcomes.merge(status, 1, Integer::sum)));
    row("outcomes written back: scheduled / resolved / dismissed",
        outcomes.get("SCHEDULED") + " / " + outcomes.get("RESOLVED") + " / " + outcomes.get("DISMISSED"));
  }

  private void sync(DemoRun run) {
    section("The sync");
    row("records quarantined (SDK-5)", run.log().quarantined().size());
    row("cycles run / effects performed", run.log().cycles() + " / " + run.log().totalPerformed());
    row("effects performed by a new bridge over the same store", run.restartEffects());
  }

  // ------------------------------------------------------------------ helpers

  /** Alerts the sync dropped for a reason that have no booking (a posted alert seen again is not a drop). */
  private static long dropped(RemoteState state, DemoRun run, LeadDropReason reason) {
    return run.alerts().stream()
        .filter(alert -> run.log().skipped(reason.key()).contains("alert:" + alert.id))
        .filter(alert -> state.bookingsFor(alert.id).isEmpty())
        .count();
  }

  private static long actionRequired(WorkOrderState workOrder, String verb) {
    return workOrder.notes().stream()
        .filter(WorkOrderState.Note::actionRequired)
        .filter(note -> note.text().endsWith(" has " + verb + " this work order"))
        .count();
  }

  private static boolean isSubscriberNote(WorkOrderState.Note note, WorkOrderPlan plan) {
    return !note.system() && Objects.equals(note.companyName(), plan.subscriber().name());
  }

  private static String statusMeaning(String status) {
    return switch (status) {
      case "IN PROGRESS/DISPATCH CONFIRMED" -> ": accepted (SC-7)";
      case "OPEN/DECLINED" -> ": declined (SC-8)";
      case "IN PROGRESS" -> ": dispatched (SC-10)";
      case "IN PROGRESS/ON SITE" -> ": set on check-in";
      case "COMPLETED" -> ": done (SC-12)";
      default -> "";
    };
  }

  private void section(String title) {
    rows.add(new Row(title, null));
  }

  private void row(String label, Object value) {
    rows.add(new Row(label, String.valueOf(value)));
  }
}
