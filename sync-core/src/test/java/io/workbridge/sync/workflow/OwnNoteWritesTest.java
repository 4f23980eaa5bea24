package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.fake.FaultHook;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.WorkOrder;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The work order's notes are not read again because of the sync's own writes: the note count after a note or
 * status the sync wrote is known. A subscriber note added at the same time is still read and copied.
 */
class OwnNoteWritesTest {

  @Test
  void ownNoteWrite_isNotFollowedByANotesRead() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    world.serviceTitan.writeNote(job.id(), "Dana Tech", "Replaced the contactor.");
    world.cycle();
    int readsAfterWrite = world.serviceChannel.calls("notes");

    world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .extracting(Note::text)
        .anySatisfy(text -> assertThat(text).contains("Replaced the contactor."));
    assertThat(world.serviceChannel.calls("notes")).isEqualTo(readsAfterWrite);
  }

  @Test
  void workOrderWithOnlyTheSyncsOwnNotes_isNeverReadForNotes() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.writeNote(job.id(), "Dana Tech", "Replaced the contactor.");
    world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.notesOf(workOrder.id())).hasSizeGreaterThanOrEqualTo(3);
    assertThat(world.serviceChannel.calls("notes")).isZero();
  }

  @Test
  void subscriberNoteOnAWorkOrderWithoutNotesSoFar_isCopied() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Unit is on the roof.");
    world.cycle();
    world.cycle();

    assertThat(world.copiedSubscriberNotes(job.id()))
        .singleElement()
        .satisfies(text -> assertThat(text).endsWith("Store manager: Unit is on the roof."));
  }

  @Test
  void subscriberNoteAddedWhileTheSyncWrites_isStillCopied() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    world.serviceTitan.writeNote(job.id(), "Dana Tech", "Replaced the contactor.");
    AtomicBoolean added = new AtomicBoolean();
    world.serviceChannel.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("addNote")
              && phase == FaultHook.Phase.BEFORE_EFFECT
              && added.compareAndSet(false, true)) {
            world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Still warm in aisle 3.");
          }
        });

    world.cycle();
    world.cycle();
    world.cycle();

    assertThat(added).isTrue();
    assertThat(world.copiedSubscriberNotes(job.id()))
        .singleElement()
        .satisfies(text -> assertThat(text).endsWith("Store manager: Still warm in aisle 3."));
  }
}
