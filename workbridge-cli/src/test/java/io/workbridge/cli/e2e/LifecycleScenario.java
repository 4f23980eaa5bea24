package io.workbridge.cli.e2e;

import static io.workbridge.cli.e2e.RemoteView.id;
import static io.workbridge.cli.e2e.SimulatedWorld.ALBANY;
import static io.workbridge.cli.e2e.SimulatedWorld.BOSTON;
import static io.workbridge.cli.e2e.SimulatedWorld.DENVER;
import static io.workbridge.cli.e2e.SimulatedWorld.LEAN;
import static io.workbridge.cli.e2e.SimulatedWorld.QUIET;
import static io.workbridge.cli.e2e.SimulatedWorld.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.model.IvrInfo;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SubscriberPreferences;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * A scripted day of both integrations, in three phases, each followed by a sync the caller runs (one
 * bridge, a restarted one, two at once, under faults…): <b>intake</b> — subscribers issue work orders
 * (one per kind of subscriber) and notes, the vendor raises alerts; <b>office</b> — the CSR accepts,
 * declines and converts bookings, a technician is dispatched and arrives and writes notes; <b>finish</b>
 * — a note is edited, photos attached, jobs finished, an invoice exported, and a later work order of a
 * learnt store goes straight to a job. {@link #assertOutcome} checks what SPEC requires of the end
 * state, {@link #assertNoDuplicates} that no effect happened twice, and {@link #snapshot} gives the end
 * state in a form two runs can compare.
 */
final class LifecycleScenario {
  /** The phases, in order. */
  enum Phase {
    INTAKE,
    OFFICE,
    FINISH
  }

  static final String IVR_PIN = "8520";
  private static final Pattern TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}| [A-Z]{2,5})?");
  private static final Pattern NUMBER = Pattern.compile("\\d{4,}");

  private final SimulatedWorld world;
  private final RemoteView remote;
  private final String pin;
  private long accepted;
  private long declined;
  private long worked;
  private long lean;
  private long quiet;
  private long later;
  private long workedJob;
  private long quietJob;
  private long leadJob;
  private long technicianNote;
  private String leak;
  private String cooling;
  private String noise;
  private String watching;

  LifecycleScenario(SimulatedWorld world, RemoteView remote) {
    this(world, remote, IVR_PIN);
  }

  /** A scenario whose subscriber IVR PIN is {@code pin} (a canary, say). */
  LifecycleScenario(SimulatedWorld world, RemoteView remote, String pin) {
    this.world = world;
    this.remote = remote;
    this.pin = pin;
  }

  /**
   * The wiring every run of the scenario uses: the NTE custom field, an IVR block for {@link
   * SimulatedWorld#SANDBOX}, note sync off for {@link SimulatedWorld#QUIET}, and {@link
   * SimulatedWorld#SANDBOX}'s work orders sent directly as jobs once their store is known.
   */
  BridgeWiring wiring(TestStore store) {
    return BridgeWiring.over(world, store)
        .workOrders(
            BridgeWiring.defaultWorkOrders(world)
                .fieldTemplates(
                    FieldTemplates.builder()
                        .nteCustomField("NTE")
                        .putIvr(SANDBOX, IvrInfo.builder().instructions("Call the IVR, enter the PIN").pin(pin).build())
                        .build())
                .putSubscriberPreference(QUIET, SubscriberPreferences.builder().notesEnabled(false).build())
                .conversionRules(
                    ConversionRules.of(ConversionRule.builder().subscriberId(SANDBOX).target(ConversionTarget.JOB).build()))
                .build());
  }

  /** Plays the three phases, calling {@code sync} after each; the sync must leave nothing to do. */
  void run(Consumer<Phase> sync) {
    for (Phase phase : Phase.values()) {
      for (Step step : steps(phase)) {
        if (!step.ready().getAsBoolean()) {
          throw new AssertionError("step '" + step.name() + "' is not ready after the previous phase's sync");
        }
        step.action().run();
      }
      sync.accept(phase);
    }
  }

  /**
   * One thing a person does in the scenario.
   *
   * @param name what, for a replayed seed's log
   * @param ready whether it can happen now: a CSR can act on a booking only once the sync made it
   * @param action the doing
   */
  record Step(String name, BooleanSupplier ready, Runnable action) {
    static Step of(String name, Runnable action) {
      return new Step(name, () -> true, action);
    }
  }

  /** Every step of the day, in order. */
  List<Step> steps() {
    List<Step> all = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      all.addAll(steps(phase));
    }
    return all;
  }

  /** The steps of one phase, in order. */
  List<Step> steps(Phase phase) {
    return switch (phase) {
      case INTAKE -> intake();
      case OFFICE -> office();
      case FINISH -> finish();
    };
  }

  private List<Step> intake() {
    return List.of(
        Step.of("work order to accept", () -> accepted = world.workOrder(SANDBOX, ALBANY)),
        Step.of("work order to decline", () -> declined = world.workOrder(SANDBOX, ALBANY)),
        Step.of("work order to work", () -> worked = world.workOrder(SANDBOX, ALBANY)),
        Step.of("work order of a lean subscriber", () -> lean = world.workOrder(LEAN, DENVER)),
        Step.of("work order of a quiet subscriber", () -> quiet = world.workOrder(QUIET, BOSTON)),
        Step.of(
            "subscriber note",
            () -> world.serviceChannel().addSubscriberNote(worked, "Please call the store manager before arriving")),
        Step.of("quiet subscriber note", () -> world.serviceChannel().addSubscriberNote(quiet, "Back door code 1234")),
        Step.of("leak alert", () -> leak = world.alert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical")),
        Step.of(
            "cooling alert",
            () -> cooling = world.alert(LeadsVendorSimulator.ACCOUNT_WITH_ONE_PROFILE, "Poor Cooling Performance", "Urgent")),
        Step.of("hub offline alert", () -> noise = world.alert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Hub Offline", "Critical")),
        Step.of(
            "watching alert",
            () -> watching = world.alert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Watching")));
  }

  private List<Step> office() {
    return List.of(
        afterBooking("CSR accepts", () -> accepted, () -> world.serviceTitan().csrAcceptBooking(id(remote.booking(accepted)))),
        afterBooking(
            "CSR dismisses",
            () -> declined,
            () -> world.serviceTitan().csrDismissBooking(id(remote.booking(declined)), world.serviceTitan().referenceData().callReasonId())),
        afterBooking("CSR accepts the lean one", () -> lean, () -> world.serviceTitan().csrAcceptBooking(id(remote.booking(lean)))),
        Step.of("time passes", world::tick),
        afterBooking("CSR converts", () -> worked, () -> workedJob = world.convertToJob(id(remote.booking(worked)), "API SANDBOX #24")),
        afterBooking(
            "CSR converts the quiet one", () -> quiet, () -> quietJob = world.convertToJob(id(remote.booking(quiet)), "Quiet Stores #201")),
        new Step(
            "CSR converts the leak lead",
            () -> remote.bookingsFor(leak).size() == 1,
            () -> leadJob = world.convertToJob(id(remote.booking(leak)), "Homeowner")),
        Step.of("dispatch", () -> world.dispatch(workedJob)),
        Step.of("technician arrives", () -> world.arrive(workedJob)),
        Step.of("technician note", () -> technicianNote = world.jobNote(workedJob, "Compressor capacitor replaced")),
        Step.of("quiet technician note", () -> world.jobNote(quietJob, "Quiet technician note")),
        Step.of("subscriber answers", () -> world.serviceChannel().addSubscriberNote(worked, "Thanks, the manager is in until 5")),
        Step.of("time passes", world::tick));
  }

  private List<Step> finish() {
    return List.of(
        Step.of(
            "office edits the technician note",
            () -> world.serviceTitan().officeEditJobNote(technicianNote, "Compressor capacitor and contactor replaced")),
        Step.of("time passes", world::tick),
        Step.of("photo before", () -> world.attachPhoto(workedJob, "before.jpg")),
        Step.of("photo after", () -> world.attachPhoto(workedJob, "after.jpg")),
        Step.of("technician finishes", () -> world.finish(workedJob)),
        Step.of("accounting exports the invoice", () -> world.exportInvoice(workedJob)),
        Step.of("lead job dispatched", () -> world.dispatch(leadJob)),
        Step.of("lead technician arrives", () -> world.arrive(leadJob)),
        Step.of("lead job finished", () -> world.finish(leadJob)),
        // SC-5: the store's mapping is learnt when the sync sees the worked booking's conversion; the job
        // number note on the work order is its visible sign. A work order arriving before that is a booking.
        new Step(
            "later work order of the learnt store",
            () -> remote.noteTexts(worked).stream().anyMatch(text -> text.contains(world.jobNumber(workedJob))),
            () -> later = world.workOrder(SANDBOX, ALBANY)));
  }

  private Step afterBooking(String name, LongSupplier workOrder, Runnable action) {
    return new Step(name, () -> remote.bookingsFor(Long.toString(workOrder.getAsLong())).size() == 1, action);
  }

  /** The leak alert (Water Detected, Critical) raised at intake. */
  String leakAlert() {
    return leak;
  }

  /** The cooling alert (Poor Cooling Performance, Urgent) raised at intake. */
  String coolingAlert() {
    return cooling;
  }

  /** The work order whose technician note is edited (for comparisons that must allow its first text to be unseen). */
  long workedWorkOrder() {
    return worked;
  }

  // ------------------------------------------------------------------ checks

  /** The end state SPEC requires. */
  void assertOutcome() {
    // SC-7, SC-8, SC-13
    assertThat(remote.status(accepted)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED");
    assertThat(remote.status(declined)).isEqualTo("OPEN/DECLINED");
    assertThat(remote.status(lean)).startsWith("OPEN");
    assertThat(remote.notes(lean)).anySatisfy(note -> {
      assertThat(note.text()).contains(SimulatedWorld.COMPANY + " has accepted this work order");
      assertThat(note.actionRequired()).isTrue();
    });
    // SC-1/SC-2 with the IVR PIN for the technician
    assertThat(String.valueOf(remote.booking(accepted).get("summary"))).contains("IVR PIN: " + pin);
    // SC-9, SC-10 … SC-12, SC-15 … SC-17, SC-20, SC-22
    List<String> workedNotes = remote.noteTexts(worked);
    assertThat(workedNotes).anyMatch(text -> text.contains(world.jobNumber(workedJob)));
    assertThat(workedNotes).anyMatch(text -> text.endsWith("Compressor capacitor replaced"));
    assertThat(workedNotes).anyMatch(text -> text.contains("(edited)") && text.endsWith("Compressor capacitor and contactor replaced"));
    assertThat(remote.status(worked)).startsWith("COMPLETED");
    assertThat(remote.checkIns(worked)).singleElement().satisfies(visit -> assertThat(visit.isOpen()).isFalse());
    assertThat(remote.attachments(worked)).containsExactlyInAnyOrder("before.jpg", "after.jpg");
    assertThat(remote.isInvoiced(worked)).isTrue();
    assertThat(remote.jobNotes(workedJob))
        .anyMatch(text -> text.contains("Please call the store manager before arriving"))
        .anyMatch(text -> text.contains("Thanks, the manager is in until 5"));
    assertThat(RemoteView.customField(world.serviceTitan().job(workedJob).orElseThrow(), "NTE").map(BigDecimal::new))
        .hasValueSatisfying(nte -> assertThat(nte).isEqualByComparingTo("750"));
    // SC-18
    assertThat(remote.noteTexts(quiet)).noneMatch(text -> text.contains("Quiet technician note"));
    assertThat(remote.jobNotes(quietJob)).noneMatch(text -> text.contains("Back door code"));
    // SC-4/SC-5: the learnt store's later work order is a job without a booking
    assertThat(remote.bookingsFor(Long.toString(later))).isEmpty();
    assertThat(remote.jobsFor(later)).hasSize(1);
    // LD-1, LD-2, and the outcomes written back
    assertThat(remote.bookingsFor(leak)).hasSize(1);
    assertThat(remote.bookingsFor(cooling)).hasSize(1);
    assertThat(remote.bookingsFor(noise)).isEmpty();
    assertThat(remote.bookingsFor(watching)).isEmpty();
    assertThat(world.vendor().status(leak)).isEqualTo("RESOLVED");
  }

  /** No effect happened twice: one booking per external id, one job per work order, each note and file once. */
  void assertNoDuplicates() {
    List<Object> externalIds = remote.bookings().stream().map(b -> b.get("externalId")).toList();
    assertThat(externalIds).doesNotHaveDuplicates();
    for (long workOrder : workOrders()) {
      assertThat(remote.jobsFor(workOrder)).as("jobs of %s", workOrder).hasSizeLessThanOrEqualTo(1);
      assertThat(remote.noteTexts(workOrder)).as("notes of %s", workOrder).doesNotHaveDuplicates();
      assertThat(remote.checkIns(workOrder)).as("check-ins of %s", workOrder).hasSizeLessThanOrEqualTo(1);
      assertThat(remote.attachments(workOrder)).as("attachments of %s", workOrder).doesNotHaveDuplicates();
    }
    for (long job : List.of(workedJob, quietJob, leadJob)) {
      assertThat(remote.jobNotes(job)).as("notes of job %s", job).doesNotHaveDuplicates();
    }
    for (String alert : List.of(leak, cooling)) {
      assertThat(world.vendor().outcomes(alert)).extracting(outcome -> outcome.get("status")).doesNotHaveDuplicates();
    }
    assertThat(remote.followUps()).isEmpty();
  }

  /**
   * Each remote artefact the sync writes was performed exactly once: the effects the runs' reports count
   * as performed, per type, equal what the remote systems hold. (A status change shows as nothing
   * countable; ServiceChannel refuses to set a status twice anyway.)
   */
  void assertEachEffectPerformedOnce(Map<EffectType, Integer> performed) {
    Map<EffectType, Integer> expected = new EnumMap<>(EffectType.class);
    List<Map<String, Object>> bookings = remote.bookings();
    expected.put(EffectType.CREATE_BOOKING, (int) bookings.stream().filter(b -> "ServiceChannel".equals(b.get("source"))).count());
    expected.put(EffectType.LEAD_BOOKING, bookings.size() - expected.get(EffectType.CREATE_BOOKING));
    int directJobs = 0;
    int nteWritten = 0;
    int workOrderNotes = 0;
    int checkIns = 0;
    int checkOuts = 0;
    int attachments = 0;
    int invoices = 0;
    for (long workOrder : workOrders()) {
      for (Map<String, Object> job : remote.jobsFor(workOrder)) {
        if (job.get("bookingId") == null) {
          directJobs++;
        } else if (RemoteView.customField(job, "NTE").isPresent()) {
          nteWritten++;
        }
      }
      // A decline leaves ServiceChannel's own record of it as a provider note: part of the decline, not a note effect.
      workOrderNotes +=
          (int) remote.notes(workOrder).stream()
              .filter(note -> note.origin() == NoteOrigin.PROVIDER && !note.text().startsWith("Declined"))
              .count();
      List<WorkActivity> visits = remote.checkIns(workOrder);
      checkIns += visits.size();
      checkOuts += (int) visits.stream().filter(visit -> !visit.isOpen()).count();
      attachments += remote.attachments(workOrder).size();
      invoices += remote.isInvoiced(workOrder) ? 1 : 0;
    }
    expected.put(EffectType.CREATE_JOB, directJobs);
    expected.put(EffectType.SET_JOB_NTE, nteWritten);
    expected.put(EffectType.WORK_ORDER_NOTE, workOrderNotes);
    expected.put(EffectType.CHECK_IN, checkIns);
    expected.put(EffectType.CHECK_OUT, checkOuts);
    expected.put(EffectType.ATTACHMENT, attachments);
    expected.put(EffectType.INVOICE, invoices);
    int jobNotes = 0;
    for (long job : List.of(workedJob, quietJob, leadJob)) {
      jobNotes += (int) remote.jobNotes(job).stream().filter(text -> text.startsWith("[ServiceChannel note")).count();
    }
    expected.put(EffectType.JOB_NOTE, jobNotes);
    int outcomes = 0;
    for (String account : world.vendor().accountIds()) {
      for (String alert : world.vendor().alertIds(account)) {
        outcomes += world.vendor().outcomes(alert).size();
      }
    }
    expected.put(EffectType.LEAD_OUTCOME, outcomes);
    expected.values().removeIf(count -> count == 0);
    Map<EffectType, Integer> actual = new EnumMap<>(performed);
    actual.remove(EffectType.CHANGE_STATUS);
    assertThat(actual).as("effects performed, by type").isEqualTo(expected);
  }

  /**
   * The end state without what legitimately differs between two runs — record ids and times: per work
   * order its status, notes, check-ins, files, invoice, booking and jobs; every booking by external id;
   * the vendor's alerts with their outcomes.
   */
  SortedMap<String, String> snapshot() {
    SortedMap<String, String> state = new TreeMap<>();
    for (long workOrder : workOrders()) {
      String key = "work order " + workOrder;
      state.put(key + " status", remote.status(workOrder));
      state.put(key + " notes", sorted(remote.notes(workOrder).stream().map(n -> n.origin() + (n.actionRequired() ? " ACTION REQUIRED " : " ") + n.text()).toList()));
      state.put(key + " check-ins", remote.checkIns(workOrder).stream().map(visit -> visit.isOpen() ? "open" : "closed").toList().toString());
      state.put(key + " attachments", sorted(remote.attachments(workOrder)));
      state.put(key + " invoiced", Boolean.toString(remote.isInvoiced(workOrder)));
      List<String> jobs = new ArrayList<>();
      for (Map<String, Object> job : remote.jobsFor(workOrder)) {
        jobs.add(job.get("jobStatus") + " NTE=" + RemoteView.customField(job, "NTE").orElse("-") + " notes=" + sorted(remote.jobNotes(id(job))));
      }
      state.put(key + " jobs", sorted(jobs));
    }
    for (Map<String, Object> booking : remote.bookings()) {
      state.put(
          "booking " + booking.get("externalId"),
          booking.get("status") + " " + booking.get("source") + " " + booking.get("priority") + " first-time=" + booking.get("isFirstTimeClient")
              + " jobType=" + present(booking.get("jobTypeId")) + " " + normalize(String.valueOf(booking.get("summary"))));
    }
    for (String account : world.vendor().accountIds()) {
      for (String alert : world.vendor().alertIds(account)) {
        state.put(
            "alert " + alert,
            world.vendor().status(alert) + " outcomes=" + world.vendor().outcomes(alert).stream().map(o -> o.get("status")).toList());
      }
    }
    state.put("follow-ups", Integer.toString(remote.followUps().size()));
    return state;
  }

  /**
   * Drops the first text of the technician's note from a {@link #snapshot}: when the office edited the note
   * before the sync's notes feed read it, only the edited version can reach ServiceChannel (ServiceTitan keeps
   * only the latest text), so runs whose people act while the sync runs may legitimately differ in it.
   */
  void allowUnseenFirstText(SortedMap<String, String> state) {
    String key = "work order " + worked + " notes";
    String notes = state.get(key);
    if (notes != null) {
      String firstText = "PROVIDER ServiceTitan note #<n> by [^,\\]]*: Compressor capacitor replaced";
      // The entry goes with the separator beside it, whether it stands first, inside or last in the list.
      state.put(key, notes.replaceAll(firstText + ", |, " + firstText + "|" + firstText, ""));
    }
  }

  /** The scenario's work orders. */
  List<Long> workOrders() {
    List<Long> ids = new ArrayList<>(List.of(accepted, declined, worked, lean, quiet));
    if (later != 0) {
      ids.add(later);
    }
    return ids;
  }

  private static String present(Object value) {
    return value == null ? "-" : "set";
  }

  private static String sorted(List<String> texts) {
    return texts.stream().map(LifecycleScenario::normalize).sorted().toList().toString();
  }

  /** Text without record ids and times, which differ between runs. */
  static String normalize(String text) {
    return NUMBER.matcher(TIME.matcher(text).replaceAll("<time>")).replaceAll("<n>");
  }
}
