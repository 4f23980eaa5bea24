package io.workbridge.benchmarks.e2e;

import io.workbridge.benchmarks.e2e.SimulatedDeployment.Cycle;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One work order through its whole life, one sync cycle after each thing people do: the subscriber
 * creates it (→ booking); a CSR accepts the booking, then converts it into a job; a dispatcher assigns
 * and dispatches the technician, who arrives and finishes; the technician adds a note; accounting
 * invoices the job and exports the invoice. Cycles then run until one performs nothing, and one more is
 * the idle cycle with one work order tracked. Every call the sync made is counted from the simulators'
 * request journals.
 *
 * <p>The lifecycle is played twice in one deployment: for the first work order of a fresh process, which also
 * pays for what is read once per process and kept (tokens, the subscriber's status catalogues, the store's
 * location, the technicians' names), and for a second work order of the same subscriber and store, which pays
 * only for itself: what each further work order costs.
 */
final class LifecycleProbe {
  private static final String TECHNICIAN_NOTE = "Compressor capacitor replaced";

  /**
   * One step: what people did and the sync cycles that followed.
   *
   * @param name what people did
   * @param cycles the cycles run after it
   */
  record Step(String name, List<Cycle> cycles) {
    /** The calls of the step's cycles. */
    CallTally calls() {
      return cycles.stream().map(Cycle::calls).reduce(CallTally.NONE, CallTally::plus);
    }

    /** The effects the step's cycles performed, by type. */
    Map<EffectType, Integer> performed() {
      Map<EffectType, Integer> performed = new EnumMap<>(EffectType.class);
      cycles.forEach(cycle -> cycle.report().performed().forEach((type, count) -> performed.merge(type, count, Integer::sum)));
      return performed;
    }
  }

  /**
   * The whole lifecycle.
   *
   * @param steps the steps in order, the settling cycles last
   * @param idleCycle the calls of the idle cycle that followed
   */
  record Result(List<Step> steps, CallTally idleCycle) {
    /** The calls of every step. */
    CallTally calls() {
      return steps.stream().map(Step::calls).reduce(CallTally.NONE, CallTally::plus);
    }

    /** The calls of every step beyond what as many idle cycles would have cost: the calls the work order caused. */
    CallTally beyondPolling() {
      return steps.stream()
          .map(step -> step.calls().minus(idleCycle, step.cycles().size()))
          .reduce(CallTally.NONE, CallTally::plus);
    }

    /** As {@link #beyondPolling()}, without the technician's note step: the lifecycle with no notes or files. */
    CallTally beyondPollingWithoutNotes() {
      return steps.stream()
          .filter(step -> !step.name().equals(TECHNICIAN_NOTE_STEP))
          .map(step -> step.calls().minus(idleCycle, step.cycles().size()))
          .reduce(CallTally.NONE, CallTally::plus);
    }

    /** The number of cycles of every step. */
    int cycles() {
      return steps.stream().mapToInt(step -> step.cycles().size()).sum();
    }
  }

  /**
   * The two lifecycles of one deployment.
   *
   * @param first the first work order of a fresh process
   * @param next a second work order of the same subscriber and store, once the first is finished
   */
  record Run(Result first, Result next) {}

  private static final String TECHNICIAN_NOTE_STEP = "technician's job note";

  private LifecycleProbe() {}

  /**
   * Plays the lifecycle twice on a fresh deployment: a first work order, then a second of the same subscriber and
   * store.
   *
   * @param options limits and latency (the work-order count is not used)
   * @return the two lifecycles' steps and calls
   * @throws IllegalStateException when a work order did not end completed, checked out, with the note and the
   *     invoice in ServiceChannel
   */
  static Run run(HarnessOptions options) {
    Instant activatedAt = Instant.now().minus(Duration.ofMinutes(1));
    try (SimulatedDeployment deployment = SimulatedDeployment.start(options.limits(), options.latency(), activatedAt, options.concurrency())) {
      Result first = play(deployment);
      Result next = play(deployment);
      return new Run(first, next);
    }
  }

  private static Result play(SimulatedDeployment deployment) {
    ServiceTitanSimulator serviceTitan = deployment.serviceTitan();
    List<Step> steps = new ArrayList<>();

    long workOrder = deployment.createWorkOrder(0);
    steps.add(step(deployment, "work order created → booking"));
    long booking = deployment.bookingIdOf(workOrder);
    serviceTitan.csrAcceptBooking(booking);
    steps.add(step(deployment, "booking accepted"));
    long[] customer = serviceTitan.csrCreateCustomer("API SANDBOX #24", "12 Main St", "Albany", "NY", "12207");
    long job = serviceTitan.csrConvertBooking(booking, customer[0], customer[1]);
    steps.add(step(deployment, "booking converted into a job"));
    long appointment = ((Number) serviceTitan.appointmentsOf(job).get(0).get("id")).longValue();
    serviceTitan.dispatcherAssign(appointment, serviceTitan.referenceData().technicianId());
    serviceTitan.dispatcherDispatch(appointment);
    steps.add(step(deployment, "technician dispatched"));
    serviceTitan.technicianArrive(appointment);
    steps.add(step(deployment, "technician arrived"));
    serviceTitan.technicianFinish(appointment);
    steps.add(step(deployment, "appointment done"));
    serviceTitan.addJobNote(job, TECHNICIAN_NOTE);
    steps.add(step(deployment, TECHNICIAN_NOTE_STEP));
    long invoice = serviceTitan.accountingCreateInvoice(job, "400.00", "32.00");
    serviceTitan.accountingPostInvoice(invoice);
    deployment.exportInvoice(invoice);
    steps.add(step(deployment, "invoice exported"));
    steps.add(settle(deployment));

    requireFinished(deployment.serviceChannel(), workOrder);
    Cycle idle = deployment.runCycle();
    if (idle.report().totalPerformed() != 0 || !idle.report().completed()) {
      throw new IllegalStateException("the idle cycle was not idle: " + idle.report());
    }
    return new Result(List.copyOf(steps), idle.calls());
  }

  private static Step step(SimulatedDeployment deployment, String name) {
    Cycle cycle = deployment.runCycle();
    if (!cycle.report().completed() || !cycle.report().quarantined().isEmpty()) {
      throw new IllegalStateException("the cycle after '" + name + "' failed: " + cycle.report());
    }
    return new Step(name, List.of(cycle));
  }

  /** Cycles until one performs nothing (the sync reading back its own last writes). */
  private static Step settle(SimulatedDeployment deployment) {
    List<Cycle> cycles = new ArrayList<>();
    Cycle cycle;
    do {
      cycle = deployment.runCycle();
      cycles.add(cycle);
    } while ((cycle.report().totalPerformed() > 0 || !cycle.report().completed()) && cycles.size() < 5);
    return new Step("until a cycle does nothing", List.copyOf(cycles));
  }

  private static void requireFinished(ServiceChannelSimulator serviceChannel, long workOrder) {
    List<String> problems = new ArrayList<>();
    if (!serviceChannel.statusOf(workOrder).startsWith("COMPLETED")) {
      problems.add("status " + serviceChannel.statusOf(workOrder));
    }
    if (!serviceChannel.isInvoiced(workOrder)) {
      problems.add("no invoice");
    }
    if (serviceChannel.noteTexts(workOrder).stream().noneMatch(text -> text.contains(TECHNICIAN_NOTE))) {
      problems.add("no technician's note");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the lifecycle did not finish in ServiceChannel: " + problems);
    }
  }
}
