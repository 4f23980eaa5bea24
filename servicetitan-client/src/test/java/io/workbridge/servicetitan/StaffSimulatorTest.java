package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.NotFoundException;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.Employee;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.NewAppointment;
import io.workbridge.servicetitan.model.NewJob;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.servicetitan.model.StaffQuery;
import io.workbridge.servicetitan.model.Technician;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Technicians and employees found by the user ids that records such as job notes carry in {@code createdById}. */
class StaffSimulatorTest extends SimulatorTestBase {

  @Test
  void employees_listGetAndFilters() {
    long olivia = sim.referenceData().employeeId();

    List<Employee> employees = st.employees().list(StaffQuery.all()).stream().toList();

    assertThat(employees).singleElement().satisfies(employee -> {
      assertThat(employee.id()).isEqualTo(olivia);
      assertThat(employee.name()).isEqualTo("Olivia Office");
      assertThat(employee.userId()).hasValue(sim.employeeUserId(olivia));
      assertThat(employee.businessUnitId()).hasValue(sim.referenceData().businessUnitId());
      assertThat(employee.active()).isTrue();
    });
    assertThat(st.employees().get(olivia).name()).isEqualTo("Olivia Office");
    assertThat(st.employees().list(StaffQuery.builder().name("olivia").build()).stream().toList()).hasSize(1);
    assertThat(st.employees().list(StaffQuery.builder().name("nobody").build()).stream().toList()).isEmpty();
    assertThatThrownBy(() -> st.employees().get(sim.referenceData().technicianId())).isInstanceOf(NotFoundException.class);
    assertThat(sim.journal().last().orElseThrow().path()).endsWith("/settings/v2/tenant/" + sim.tenantId() + "/employees/"
        + sim.referenceData().technicianId());
  }

  @Test
  void jobNoteAuthor_isAUser_foundAmongTechniciansOrEmployeesByUserIds() {
    Job job = job();
    long technician = sim.referenceData().technicianId();
    long employee = sim.referenceData().employeeId();
    sim.technicianAddJobNote(job.id(), technician, "Compressor replaced");
    sim.officeAddJobNote(job.id(), employee, "Customer called, ETA Friday");

    List<JobNote> notes = st.jobs().notes(job.id()).stream().toList();
    long technicianUser = notes.get(0).createdById();
    long employeeUser = notes.get(1).createdById();

    // The note carries the user id, not the technician's or employee's own id.
    assertThat(technicianUser).isEqualTo(sim.technicianUserId(technician)).isNotEqualTo(technician);
    assertThat(employeeUser).isEqualTo(sim.employeeUserId(employee)).isNotEqualTo(employee);
    StaffQuery both = StaffQuery.builder().addUserIds(technicianUser, employeeUser).active(ActiveFilter.ANY).build();
    assertThat(st.technicians().list(both).stream().toList()).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo(technician);
      assertThat(t.name()).isEqualTo("Ada Lovelace");
      assertThat(t.userId()).hasValue(technicianUser);
    });
    assertThat(st.employees().list(both).stream().toList()).extracting(Employee::name).containsExactly("Olivia Office");
    assertThat(st.technicians().list(StaffQuery.builder().addIds(technicianUser).build()).stream().toList()).isEmpty();
    assertThat(sim.journal().last("GET", ".*/employees").orElseThrow().queryParam("userIds"))
        .contains(technicianUser + "," + employeeUser);
    assertThat(sim.journal().last("GET", ".*/employees").orElseThrow().queryParam("active")).contains("Any");
  }

  @Test
  void technicianWhoLeft_isFoundOnlyWithActiveAny() {
    long grace = sim.referenceData().secondTechnicianId();
    long user = sim.technicianUserId(grace);
    sim.officeDeactivateTechnician(grace);

    assertThat(st.technicians().list(StaffQuery.builder().addUserIds(user).build()).stream().toList()).isEmpty();
    assertThat(st.technicians().list(StaffQuery.builder().addUserIds(user).active(ActiveFilter.ANY).build()).stream().toList())
        .extracting(Technician::name).containsExactly("Grace Hopper");
  }

  @Test
  void staffQuery_moreThanFiftyUserIds_isRejectedBeforeSending() {
    assertThatThrownBy(() -> StaffQuery.builder().userIds(LongStream.rangeClosed(1, 51).boxed().toList()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("50");
  }

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
}
