package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.fake.FaultHook;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.PlatformUnavailableException;
import java.util.concurrent.atomic.AtomicBoolean;
import io.workbridge.sync.store.EffectRecord;
import io.workbridge.sync.store.EffectState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restartable at any point without duplicate or lost effects. */
class WorkOrderRestartTest {

  /** Stands for the process dying in the middle of a call. */
  static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
      super("crash at " + where);
    }
  }

  private static FaultHook onceAt(String operation, FaultHook.Phase phase, RuntimeException failure) {
    AtomicBoolean fired = new AtomicBoolean();
    return (op, at) -> {
      if (op.equals(operation) && at == phase && fired.compareAndSet(false, true)) {
        throw failure;
      }
    };
  }

  @Test
  void crashAfterBookingCreated_restartAfterLeaseFindsTheBookingInsteadOfCreatingAnother() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.serviceTitan.setFaultHook(
        onceAt("createBooking", FaultHook.Phase.AFTER_EFFECT, new SimulatedCrash("createBooking")));

    assertThatThrownBy(world::cycle).isInstanceOf(SimulatedCrash.class);
    SyncReport whileLeased = world.cycle();
    world.letLeasesExpire();
    SyncReport healed = world.cycle();

    // The booking is reserved under the dead process's lease: the work order waits, the stream goes on.
    assertThat(whileLeased.completed()).isTrue();
    assertThat(whileLeased.deferred())
        .singleElement()
        .satisfies(deferred -> assertThat(deferred.reason()).contains("wo:" + workOrder.id() + ":booking"));
    assertThat(healed.deferred()).isEmpty();
    assertThat(world.store.deferred().list()).isEmpty();
    assertThat(healed.alreadyDone(EffectType.CREATE_BOOKING)).isEqualTo(1);
    assertThat(healed.performed(EffectType.CREATE_BOOKING)).isZero();
    world.onlyBookingFor(workOrder);
  }

  @Test
  void transientFailureAfterNoteWritten_leavesItUncertain_thenFindsItAndDoesNotWriteItAgain() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.writeNote(job.id(), "Office", "Parts ordered");
    world.serviceChannel.setFaultHook(
        onceAt("addNote", FaultHook.Phase.AFTER_EFFECT, new PlatformUnavailableException("read timed out")));

    SyncReport failed = world.cycle();
    List<EffectRecord> uncertain = world.store.effects().pending();
    SyncReport settling = world.cycle();
    SyncReport retried = world.cycle();

    assertThat(failed.completed()).isFalse();
    assertThat(uncertain).singleElement().satisfies(effect -> assertThat(effect.state()).isEqualTo(EffectState.UNCERTAIN));
    // Left alone while a slow write could still land, then looked up, found, and not written again.
    assertThat(settling.completed()).isFalse();
    assertThat(retried.completed()).isTrue();
    assertThat(retried.alreadyDone(EffectType.WORK_ORDER_NOTE)).isEqualTo(1);
    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .filteredOn(note -> note.origin() == NoteOrigin.PROVIDER)
        .extracting(Note::text)
        .filteredOn(text -> text.contains("Parts ordered"))
        .hasSize(1);
  }

  @Test
  void firstAttempt_performsWithoutALookup_andATakenOverOneLooksUpFirst() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    int before = world.serviceTitan.calls("findBookingByExternalId");

    world.cycle();

    assertThat(world.serviceTitan.calls("findBookingByExternalId")).isEqualTo(before);
    assertThat(world.serviceTitan.allBookings()).hasSize(1);
  }

  @Test
  void transientFailureBeforeStatusChange_cursorStaysAndTheNextCycleCatchesUp() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.csrAccepts(world.onlyBookingFor(workOrder).id());
    String cursorBefore = world.store.cursors().get(WorkOrderSync.FIELD_EVENT_STREAM).orElseThrow();
    world.serviceChannel.setFaultHook(
        onceAt(
            "changeStatus",
            FaultHook.Phase.BEFORE_EFFECT,
            new PlatformUnavailableException("429 throttled: nothing done", null, false)));

    SyncReport failed = world.cycle();

    assertThat(failed.stoppedBecause()).isPresent();
    assertThat(world.store.cursors().get(WorkOrderSync.FIELD_EVENT_STREAM)).contains(cursorBefore);
    world.cycle();
    assertThat(world.statusOf(workOrder).extended()).isEqualTo("DISPATCH CONFIRMED");
  }

  @Test
  void crashAfterSubscriberNoteCopied_restartFindsTheJobNoteAndDoesNotEchoIt() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Manager", "Alarm code 9876");
    world.serviceTitan.setFaultHook(
        onceAt("addJobNote", FaultHook.Phase.AFTER_EFFECT, new SimulatedCrash("addJobNote")));

    assertThatThrownBy(world::cycle).isInstanceOf(SimulatedCrash.class);
    world.letLeasesExpire();
    world.cycle();
    world.cycle();

    assertThat(world.serviceTitan.notesOf(job.id())).hasSize(1);
    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .filteredOn(note -> note.text().contains("Alarm code"))
        .hasSize(1);
  }

  /**
   * Runs a whole lifecycle of two work orders once without faults, then again with a crash injected
   * at every port call in turn (before and after its effect, on both platforms), restarting after
   * each crash; the remote state must end up the same.
   */
  @Test
  void crashAtAnyPortCall_restartEndsInTheSameRemoteStateAsACleanRun() {
    Outcome clean = runLifecycle(null);
    assertThat(clean.serviceChannel()).contains("COMPLETED").contains("INV-77");
    int totalCalls = clean.calls();
    for (int call = 1; call <= totalCalls; call++) {
      for (FaultHook.Phase phase : FaultHook.Phase.values()) {
        Outcome crashed = runLifecycle(new Crash(call, phase));
        assertThat(crashed.serviceChannel())
            .as("ServiceChannel after a crash at call %d %s", call, phase)
            .isEqualTo(clean.serviceChannel());
        assertThat(crashed.serviceTitan())
            .as("ServiceTitan after a crash at call %d %s", call, phase)
            .isEqualTo(clean.serviceTitan());
      }
    }
  }

  private record Outcome(String serviceChannel, String serviceTitan, int calls) {}

  /** Crashes at the n-th port call (counting both platforms) in the given phase. */
  private static final class Crash implements FaultHook {
    private final int atCall;
    private final Phase phase;
    private int seen;

    Crash(int atCall, Phase phase) {
      this.atCall = atCall;
      this.phase = phase;
    }

    @Override
    public void at(String operation, Phase at) {
      if (at == Phase.BEFORE_EFFECT) {
        seen++;
      }
      if (seen == atCall && at == phase) {
        seen++;
        throw new SimulatedCrash(operation + " " + at);
      }
    }
  }

  private static Outcome runLifecycle(Crash crash) {
    WorkOrderWorld world =
        // The crash is at the n-th port call: one worker keeps the calls in the same order as the clean run.
        new WorkOrderWorld(settings -> settings.putTechnicianUser(61L, 2_090_001L).concurrency(1));
    if (crash != null) {
      world.serviceChannel.setFaultHook(crash);
      world.serviceTitan.setFaultHook(crash);
    }
    WorkOrder accepted = world.workOrder(ACME).build();
    WorkOrder declined = world.workOrder(ACME).build();
    world.serviceChannel.putWorkOrder(accepted);
    world.serviceChannel.putWorkOrder(declined);
    settle(world);
    long acceptedBooking = world.onlyBookingFor(accepted).id();
    world.serviceTitan.csrDismisses(world.onlyBookingFor(declined).id());
    world.serviceTitan.csrAccepts(acceptedBooking);
    settle(world);
    FieldJob job = world.serviceTitan.csrConverts(acceptedBooking, 31L, 41L);
    world.serviceChannel.subscriberWritesNote(accepted.id(), "Manager", "Call before arriving");
    settle(world);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");
    Note note = world.serviceTitan.writeNote(job.id(), "Dana Tech", "Compressor replaced");
    world.serviceTitan.attachFile(job.id(), "after.jpg", new byte[] {1, 2, 3});
    settle(world);
    world.serviceTitan.editNote(job.id(), note.id(), "Compressor and capacitor replaced");
    world.serviceTitan.finish(job.id());
    settle(world);
    world.serviceTitan.issueInvoice(job.id(), "INV-77", "600.00", "49.50", "Exported");
    settle(world);
    int calls = world.serviceChannel.calls() + world.serviceTitan.calls();
    return new Outcome(world.serviceChannel.snapshot(), world.serviceTitan.snapshot(), calls);
  }

  /**
   * Runs a cycle, and after a crash or an early stop restarts (a new process: a new workflow instance
   * on the same store) once the leases ran out, until a cycle completes. Only the store's clock moves
   * between restarts, so people's actions keep the same times as in the clean run.
   */
  private static void settle(WorkOrderWorld world) {
    boolean first = true;
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        SyncReport report = first ? world.cycle() : world.sync().runCycle();
        if (report.completed()) {
          return;
        }
      } catch (SimulatedCrash crash) {
        // the process died; a new one starts later
      }
      first = false;
      world.letLeasesExpire();
    }
    throw new AssertionError("the sync did not settle");
  }
}
