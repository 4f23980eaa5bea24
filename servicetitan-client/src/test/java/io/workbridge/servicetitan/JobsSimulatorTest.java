package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.ValidationException;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.CustomField;
import io.workbridge.servicetitan.model.CustomFieldDataType;
import io.workbridge.servicetitan.model.CustomFieldType;
import io.workbridge.servicetitan.model.ExternalDataEntry;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.JobStatus;
import io.workbridge.servicetitan.model.JobUpdate;
import io.workbridge.servicetitan.model.NewAppointment;
import io.workbridge.servicetitan.model.NewJob;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.testkit.servicetitan.ReferenceData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jobs, notes and custom-field types against the simulator, including the technician's day. */
class JobsSimulatorTest extends SimulatorTestBase {

  private Customer customer() {
    return st.customers().create(CustomersLocationsSimulatorTest.customer("Acme Stores", "WO-1"));
  }

  private NewJob.Builder job(Customer customer) {
    ReferenceData ref = sim.referenceData();
    return NewJob.builder()
        .customerId(customer.id())
        .locationId(customer.locations().get(0).id())
        .businessUnitId(ref.businessUnitId())
        .jobTypeId(ref.jobTypeId())
        .campaignId(ref.campaignId())
        .priority(Priority.HIGH)
        .summary("<p>Freezer leaking</p>")
        .customerPo("PO-77")
        .addAppointment(NewAppointment.builder()
            .start(Instant.parse("2026-03-04T15:00:00Z"))
            .end(Instant.parse("2026-03-04T17:00:00Z"))
            .build())
        .addCustomField(CustomField.builder().typeId(ref.customFieldTypeId()).value("500").build())
        .addExternalData(ExternalDataEntry.of("sc_work_order_id", "WO-1"));
  }

  @Test
  void create_returnsScheduledJobWithAppointmentCustomFieldsAndExternalData() {
    Job job = st.jobs().create(job(customer()).build());

    assertThat(job.jobStatus()).isEqualTo(JobStatus.SCHEDULED);
    assertThat(job.appointmentCount()).isEqualTo(1);
    assertThat(job.firstAppointmentId()).isPresent();
    assertThat(job.customerPo()).contains("PO-77");
    assertThat(job.customFields()).singleElement().satisfies(f -> {
      assertThat(f.name()).contains("NTE");
      assertThat(f.value()).contains("500");
    });
    Job read = st.jobs().get(job.id());
    assertThat(read.externalData()).containsExactly(ExternalDataEntry.of("sc_work_order_id", "WO-1"));
    assertThat(sim.journal().last("GET", ".*/jobs/\\d+").orElseThrow().queryParam("externalDataApplicationGuid")).contains(APP_GUID);
  }

  @Test
  void create_unknownCampaign_isValidationNamingTheField() {
    Customer c = customer();
    assertThatThrownBy(() -> st.jobs().create(job(c).campaignId(31337L).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("campaignId"));
  }

  @Test
  void list_byStatusAndExternalData_andUpdate() {
    Customer c = customer();
    Job first = st.jobs().create(job(c).build());
    Job second = st.jobs().create(job(c).externalData(List.of(ExternalDataEntry.of("sc_work_order_id", "WO-2"))).build());
    st.jobs().hold(second.id(), sim.referenceData().holdReasonId(), "Waiting for parts");

    assertThat(st.jobs().list(JobQuery.builder().jobStatus(JobStatus.HOLD).build()).stream().map(Job::id).toList()).containsExactly(second.id());
    assertThat(st.jobs().list(JobQuery.builder().externalDataKey("sc_work_order_id").addExternalDataValue("WO-1").build()).stream().map(Job::id).toList())
        .containsExactly(first.id());
    Job updated = st.jobs().update(first.id(), JobUpdate.builder().priority(Priority.URGENT).summary("<p>Now urgent</p>").build());
    assertThat(updated.priority()).isEqualTo(Priority.URGENT);
  }

  @Test
  void cancel_thenComplete_isConflict() {
    Job job = st.jobs().create(job(customer()).build());
    st.jobs().cancel(job.id(), sim.referenceData().cancelReasonId(), "Customer called off");
    assertThat(st.jobs().get(job.id()).jobStatus()).isEqualTo(JobStatus.CANCELED);
    assertThatThrownBy(() -> st.jobs().complete(job.id(), Instant.parse("2026-03-04T18:00:00Z")))
        .isInstanceOf(ServiceTitanConflictException.class);
  }

  @Test
  void complete_withoutTechnician_isConflict_thenWithTechnicianCompletes() {
    Job job = st.jobs().create(job(customer()).build());
    assertThatThrownBy(() -> st.jobs().complete(job.id(), Instant.parse("2026-03-04T18:00:00Z")))
        .isInstanceOfSatisfying(ServiceTitanConflictException.class, e -> assertThat(e.getMessage()).contains("no technician"));
    sim.dispatcherAssign(job.firstAppointmentId().getAsLong(), sim.referenceData().technicianId());
    st.jobs().complete(job.id(), Instant.parse("2026-03-04T18:00:00Z"));
    Job done = st.jobs().get(job.id());
    assertThat(done.jobStatus()).isEqualTo(JobStatus.COMPLETED);
    assertThat(done.completedOn()).contains(Instant.parse("2026-03-04T18:00:00Z"));
  }

  @Test
  void cancel_unknownReason_isValidation() {
    Job job = st.jobs().create(job(customer()).build());
    assertThatThrownBy(() -> st.jobs().cancel(job.id(), 4242L, "x")).isInstanceOf(ValidationException.class);
  }

  @Test
  void technicianDay_movesJobThroughDispatchedInProgressCompleted() {
    Job job = st.jobs().create(job(customer()).build());
    long appointment = job.firstAppointmentId().getAsLong();
    sim.dispatcherAssign(appointment, sim.referenceData().technicianId());
    sim.dispatcherDispatch(appointment);
    assertThat(st.jobs().get(job.id()).jobStatus()).isEqualTo(JobStatus.DISPATCHED);
    clock.advance(Duration.ofMinutes(30));
    sim.technicianArrive(appointment);
    assertThat(st.jobs().get(job.id()).jobStatus()).isEqualTo(JobStatus.IN_PROGRESS);
    clock.advance(Duration.ofHours(1));
    sim.technicianFinish(appointment);
    Job done = st.jobs().get(job.id());
    assertThat(done.jobStatus()).isEqualTo(JobStatus.COMPLETED);
    assertThat(done.completedOn()).contains(clock.instant());
  }

  @Test
  void notes_addListAndExport() {
    Job job = st.jobs().create(job(customer()).build());
    JobNote mine = st.jobs().addNote(job.id(), "Gate code 1234", true);
    sim.addJobNote(job.id(), "Replaced the gasket");

    assertThat(mine.isPinned()).isTrue();
    assertThat(st.jobs().notes(job.id()).stream().map(JobNote::text).toList()).containsExactly("Gate code 1234", "Replaced the gasket");
    List<JobNote> exported = st.jobs().exportNotes(null).stream().toList();
    assertThat(exported).allSatisfy(n -> assertThat(n.jobId()).hasValue(job.id()));
    assertThat(exported).extracting(n -> n.id().isPresent()).containsOnly(true);
  }

  @Test
  void customFieldTypes_listsTypesWithOptions() {
    List<CustomFieldType> types = st.jobs().customFieldTypes().stream().toList();
    assertThat(types).extracting(CustomFieldType::name).containsExactly("NTE", "Trade");
    assertThat(types.get(1).dataType()).isEqualTo(CustomFieldDataType.DROPDOWN);
    assertThat(types.get(1).dataTypeOptions()).contains("Plumbing");
  }

  @Test
  void export_reflectsChangesInModifiedOrder_andResumes() {
    Customer c = customer();
    Job a = st.jobs().create(job(c).build());
    Job b = st.jobs().create(job(c).build());
    var feed = st.jobs().export(null);
    assertThat(feed.stream().map(Job::id).toList()).containsExactly(a.id(), b.id());
    String token = feed.resumeToken().orElseThrow();

    clock.advance(Duration.ofMinutes(5));
    st.jobs().hold(a.id(), sim.referenceData().holdReasonId(), "parts");
    List<Job> changed = st.jobs().export(token).stream().toList();
    assertThat(changed).extracting(Job::id).containsExactly(a.id());
    assertThat(changed.get(0).jobStatus()).isEqualTo(JobStatus.HOLD);
  }
}
