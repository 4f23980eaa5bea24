package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.WorkOrder;
import org.junit.jupiter.api.Test;

/** A converted booking whose job the same feed page delivers is linked without reading the job. */
class JobsFromTheFeedTest {

  @Test
  void convertedBooking_jobInTheSamePage_linkedWithoutAJobRead() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();

    FieldJob job = world.workOrderWithJob(workOrder);

    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .extracting(Note::text)
        .anySatisfy(text -> assertThat(text).contains("job #" + job.number()));
    assertThat(world.serviceTitan.calls("job")).isZero();
  }
}
