package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.NotFoundException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.AppointmentAssignment;
import io.workbridge.servicetitan.model.AppointmentStatus;
import io.workbridge.servicetitan.model.AssignmentStatus;
import io.workbridge.servicetitan.model.Attachment;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.Invoice;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.servicetitan.model.InvoiceExportResult;
import io.workbridge.servicetitan.model.InvoiceSyncStatus;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.Lead;
import io.workbridge.servicetitan.model.LeadStatus;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.NewAppointment;
import io.workbridge.servicetitan.model.NewJob;
import io.workbridge.servicetitan.model.NewLead;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.servicetitan.model.ReferenceItem;
import io.workbridge.servicetitan.model.Technician;
import io.workbridge.servicetitan.model.Timesheet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Appointments, assignments, timesheets, technicians, invoices, attachments, reference data and leads. */
class OperationsSimulatorTest extends SimulatorTestBase {

  private Job job() {
    Customer customer = st.customers().create(CustomersLocationsSimulatorTest.customer("Acme Stores", "WO-1"));
    return st.jobs().create(NewJob.builder()
        .customerId(customer.id())
        .locationId(customer.locations().get(0).id())
        .businessUnitId(sim.referenceData().businessUnitId())
        .jobTypeId(sim.referenceData().jobTypeId())
        .campaignId(sim.referenceData().campaignId())
        .priority(Priority.NORMAL)
        .addAppointment(NewAppointment.builder()
            .start(Instant.parse("2026-03-04T15:00:00Z"))
            .end(Instant.parse("2026-03-04T17:00:00Z"))
            .build())
        .build());
  }

  @Test
  void appointments_listGetAndExport() {
    Job job = job();
    List<Appointment> appointments = st.appointments().ofJob(job.id()).stream().toList();
    assertThat(appointments).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(AppointmentStatus.SCHEDULED);
      assertThat(a.start()).isEqualTo(Instant.parse("2026-03-04T15:00:00Z"));
    });
    assertThat(st.appointments().get(appointments.get(0).id()).jobId()).isEqualTo(job.id());
    assertThat(st.appointments().export(null).stream().map(Appointment::id).toList()).containsExactly(appointments.get(0).id());
    assertThat(sim.journal().last("GET", ".*/tenant/\\d+/appointments").orElseThrow().queryParam("active")).contains("Any");
  }

  @Test
  void assignments_assignThroughApi_dispatchAndTimesheets() {
    Job job = job();
    long appointment = job.firstAppointmentId().getAsLong();
    long technician = sim.referenceData().technicianId();

    st.assignments().assign(appointment, List.of(technician));
    List<AppointmentAssignment> assigned = st.assignments().list(OptionalLong.of(job.id()), ListFilter.none()).stream().toList();
    assertThat(assigned).singleElement().satisfies(a -> {
      assertThat(a.technicianId()).isEqualTo(technician);
      assertThat(a.status()).isEqualTo(AssignmentStatus.SCHEDULED);
      assertThat(a.technicianName()).contains("Ada Lovelace");
    });

    sim.dispatcherDispatch(appointment);
    clock.advance(Duration.ofMinutes(40));
    sim.technicianArrive(appointment);
    Instant arrived = clock.instant();
    clock.advance(Duration.ofHours(1));
    sim.technicianFinish(appointment);

    List<Timesheet> timesheets = st.timesheets().ofJob(job.id()).stream().toList();
    assertThat(timesheets).singleElement().satisfies(t -> {
      assertThat(t.technicianId()).isEqualTo(technician);
      assertThat(t.arrivedOn()).contains(arrived);
      assertThat(t.doneOn()).contains(clock.instant());
      assertThat(t.dispatchedOn()).isPresent();
    });
    assertThat(st.timesheets().export(null).stream().count()).isEqualTo(1);
    assertThat(st.timesheets().list(ListFilter.none()).stream().count()).isEqualTo(1);
    assertThat(st.assignments().export(null).stream().map(AppointmentAssignment::status).toList()).containsExactly(AssignmentStatus.DONE);
  }

  @Test
  void assignments_unassign_deactivatesAndIsHiddenByDefault() {
    Job job = job();
    long appointment = job.firstAppointmentId().getAsLong();
    st.assignments().assign(appointment, List.of(sim.referenceData().technicianId(), sim.referenceData().secondTechnicianId()));
    st.assignments().unassign(appointment, List.of(sim.referenceData().technicianId()));
    assertThat(st.assignments().list(OptionalLong.of(job.id()), ListFilter.none()).stream().map(AppointmentAssignment::technicianId).toList())
        .containsExactly(sim.referenceData().secondTechnicianId());
    assertThat(st.assignments().list(OptionalLong.of(job.id()), ListFilter.builder().active(ActiveFilter.ANY).build()).stream().count()).isEqualTo(2);
  }

  @Test
  void assign_unknownTechnician_isValidation() {
    Job job = job();
    assertThatThrownBy(() -> st.assignments().assign(job.firstAppointmentId().getAsLong(), List.of(99999L)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void technicians_listAndGet() {
    List<Technician> technicians = st.technicians().list(ListFilter.none()).stream().toList();
    assertThat(technicians).extracting(Technician::name).containsExactly("Ada Lovelace", "Grace Hopper");
    assertThat(st.technicians().get(technicians.get(1).id()).businessUnitId()).hasValue(sim.referenceData().businessUnitId());
    assertThatThrownBy(() -> st.technicians().get(1L)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void invoices_amountsAsStrings_statusFilter_markAsExportedPerItem() {
    Job job = job();
    long pending = sim.accountingCreateInvoice(job.id(), "100.00", "8.25");
    long posted = sim.accountingCreateInvoice(job.id(), "50.10", "0.00");
    sim.accountingPostInvoice(posted);

    Invoice invoice = st.invoices().get(pending).orElseThrow();
    assertThat(invoice.total()).contains(new BigDecimal("108.25"));
    assertThat(invoice.syncStatus()).isEqualTo(InvoiceSyncStatus.PENDING);
    assertThat(invoice.jobId()).hasValue(job.id());
    assertThat(st.invoices().list(List.of(InvoiceSyncStatus.POSTED), OptionalLong.empty(), ListFilter.none()).stream().map(Invoice::id).toList())
        .containsExactly(posted);
    assertThat(sim.journal().last("GET", ".*/invoices").orElseThrow().queryParam("statuses")).contains("Posted");

    List<InvoiceExportResult> results =
        st.invoices().markAsExported(List.of(InvoiceExportMark.of(posted, "QB-1"), InvoiceExportMark.of(pending, "QB-2"), InvoiceExportMark.of(777L, "QB-3")));
    assertThat(results).extracting(InvoiceExportResult::success).containsExactly(true, false, false);
    assertThat(results.get(1).errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("not posted"));
    assertThat(st.invoices().get(posted).orElseThrow().exportId()).contains("QB-1");
    assertThatThrownBy(() -> st.invoices().markAsExportedOrThrow(List.of(InvoiceExportMark.of(posted, "QB-1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(String.valueOf(posted));
    assertThat(st.invoices().export(null).stream().map(Invoice::syncStatus).toList())
        .containsExactly(InvoiceSyncStatus.PENDING, InvoiceSyncStatus.EXPORTED);
  }

  @Test
  void attachments_uploadListAndDownloadThroughRedirectWithoutCredentials() {
    Job job = job();
    byte[] photo = new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, (byte) 0x80, 13, 10, 13, 10, 45, 45};
    assertThat(st.attachments().upload(job.id(), "before.jpg", "image/jpeg", photo)).isEqualTo("before.jpg");
    st.attachments().upload(job.id(), "notes.txt", "text/plain", "gate code 1234".getBytes(StandardCharsets.UTF_8));

    List<Attachment> attachments = st.attachments().list(job.id()).stream().toList();
    assertThat(attachments).extracting(Attachment::fileName).containsExactly("before.jpg", "notes.txt");
    assertThat(st.attachments().download(attachments.get(0).id())).isEqualTo(photo);
    assertThat(sim.journal().last("POST", ".*/attachments").orElseThrow().header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("multipart/form-data"));
    assertThatThrownBy(() -> st.attachments().download(4242L)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void referenceData_listsAndCachesForTheTtl() {
    st.close();
    st = client().referenceDataTtl(Duration.ofHours(24)).build();

    List<ReferenceItem> jobTypes = st.referenceData().jobTypes();
    assertThat(jobTypes).extracting(ReferenceItem::name).containsExactly("Service Call", "Old Inspection");
    assertThat(jobTypes.get(1).active()).isFalse();
    assertThat(st.referenceData().businessUnits()).extracting(ReferenceItem::id).containsExactly(sim.referenceData().businessUnitId());
    assertThat(st.referenceData().campaigns()).extracting(ReferenceItem::id).containsExactly(sim.referenceData().campaignId());
    assertThat(st.referenceData().callReasons()).hasSize(2);
    assertThat(st.referenceData().jobCancelReasons()).extracting(ReferenceItem::id).containsExactly(sim.referenceData().cancelReasonId());
    assertThat(st.referenceData().jobHoldReasons()).extracting(ReferenceItem::id).containsExactly(sim.referenceData().holdReasonId());
    assertThat(st.referenceData().tagTypes()).extracting(ReferenceItem::id).containsExactly(sim.referenceData().tagTypeId());

    st.referenceData().jobTypes();
    assertThat(sim.journal().count("GET", ".*/job-types")).isEqualTo(1);
    clock.advance(Duration.ofHours(25));
    st.referenceData().jobTypes();
    assertThat(sim.journal().count("GET", ".*/job-types")).isEqualTo(2);
    st.referenceData().invalidate();
    st.referenceData().jobTypes();
    assertThat(sim.journal().count("GET", ".*/job-types")).isEqualTo(3);
  }

  @Test
  void referenceData_withoutTtl_fetchesEveryTime() {
    st.referenceData().tagTypes();
    st.referenceData().tagTypes();
    assertThat(sim.journal().count("GET", ".*/tag-types")).isEqualTo(2);
  }

  @Test
  void leads_createFollowUpListAndDismiss() {
    Lead lead = st.leads().create(NewLead.builder()
        .campaignId(sim.referenceData().campaignId())
        .summary("Water leak sensor triggered in the basement")
        .followUpDate(Instant.parse("2026-03-03T09:00:00Z"))
        .priority(Priority.HIGH)
        .leadCustomerName("Jane Homeowner")
        .leadPhone("555-0142")
        .build());
    assertThat(lead.status()).isEqualTo(LeadStatus.OPEN);
    assertThat(lead.priority()).isEqualTo(Priority.HIGH);

    st.leads().followUp(lead.id(), Instant.parse("2026-03-05T09:00:00Z"), "Call after 9", false);
    assertThat(st.leads().get(lead.id()).followUpDate()).contains(Instant.parse("2026-03-05T09:00:00Z"));
    assertThat(st.leads().list(Optional.of(LeadStatus.OPEN), OptionalLong.empty(), ListFilter.none()).stream().map(Lead::id).toList())
        .containsExactly(lead.id());

    st.leads().dismiss(lead.id(), sim.referenceData().callReasonId());
    assertThat(st.leads().get(lead.id()).status()).isEqualTo(LeadStatus.DISMISSED);
    assertThatThrownBy(() -> st.leads().dismiss(lead.id(), sim.referenceData().callReasonId()))
        .isInstanceOf(ServiceTitanConflictException.class);
    assertThat(st.leads().list(Optional.of(LeadStatus.OPEN), OptionalLong.empty(), ListFilter.none()).stream().count()).isZero();
  }

  @Test
  void leads_withoutReasonOrDate_isRejectedBeforeSending() {
    assertThatThrownBy(() -> NewLead.builder().campaignId(1L).summary("x").build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void leads_unknownCampaign_isValidation() {
    assertThatThrownBy(() -> st.leads().create(NewLead.builder().campaignId(404L).summary("x").callReasonId(sim.referenceData().callReasonId()).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("campaignId"));
  }
}
