package io.workbridge.servicetitan.internal;

import static io.workbridge.servicetitan.internal.Mapping.optionalLong;

import io.workbridge.servicetitan.internal.OpsWire.AppointmentDto;
import io.workbridge.servicetitan.internal.OpsWire.AssignmentDto;
import io.workbridge.servicetitan.internal.OpsWire.AttachmentDto;
import io.workbridge.servicetitan.internal.OpsWire.InvoiceDto;
import io.workbridge.servicetitan.internal.OpsWire.LeadDto;
import io.workbridge.servicetitan.internal.OpsWire.MarkExportedResultDto;
import io.workbridge.servicetitan.internal.OpsWire.NamedDto;
import io.workbridge.servicetitan.internal.OpsWire.ReferenceDto;
import io.workbridge.servicetitan.internal.OpsWire.EmployeeDto;
import io.workbridge.servicetitan.internal.OpsWire.TechnicianDto;
import io.workbridge.servicetitan.internal.OpsWire.TimesheetDto;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.AppointmentAssignment;
import io.workbridge.servicetitan.model.AppointmentStatus;
import io.workbridge.servicetitan.model.AssignmentStatus;
import io.workbridge.servicetitan.model.Attachment;
import io.workbridge.servicetitan.model.Invoice;
import io.workbridge.servicetitan.model.InvoiceExportResult;
import io.workbridge.servicetitan.model.InvoiceSyncStatus;
import io.workbridge.servicetitan.model.Lead;
import io.workbridge.servicetitan.model.LeadStatus;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.servicetitan.model.ReferenceItem;
import io.workbridge.servicetitan.model.Employee;
import io.workbridge.servicetitan.model.Technician;
import io.workbridge.servicetitan.model.Timesheet;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Maps the wire records of the modules around jobs to models. */
public final class OpsMapping {
  private OpsMapping() {}

  /** An appointment. */
  public static Appointment appointment(AppointmentDto dto) {
    return Appointment.builder()
        .id(dto.id())
        .jobId(dto.jobId())
        .appointmentNumber(Optional.ofNullable(dto.appointmentNumber()))
        .start(dto.start())
        .end(dto.end())
        .arrivalWindowStart(Optional.ofNullable(dto.arrivalWindowStart()))
        .arrivalWindowEnd(Optional.ofNullable(dto.arrivalWindowEnd()))
        .status(AppointmentStatus.fromWire(dto.status()))
        .specialInstructions(Optional.ofNullable(dto.specialInstructions()))
        .customerId(dto.customerId())
        .isConfirmed(Boolean.TRUE.equals(dto.isConfirmed()))
        .active(dto.active() == null || dto.active())
        .createdOn(dto.createdOn())
        .modifiedOn(dto.modifiedOn())
        .build();
  }

  /** An appointment assignment. */
  public static AppointmentAssignment assignment(AssignmentDto dto) {
    return AppointmentAssignment.builder()
        .id(dto.id())
        .technicianId(dto.technicianId())
        .technicianName(Optional.ofNullable(dto.technicianName()))
        .jobId(dto.jobId())
        .appointmentId(dto.appointmentId())
        .status(AssignmentStatus.fromWire(dto.status()))
        .assignedOn(Optional.ofNullable(dto.assignedOn()))
        .isPaused(Boolean.TRUE.equals(dto.isPaused()))
        .active(dto.active() == null || dto.active())
        .modifiedOn(dto.modifiedOn())
        .build();
  }

  /** A job timesheet. */
  public static Timesheet timesheet(TimesheetDto dto) {
    return Timesheet.builder()
        .id(dto.id())
        .jobId(dto.jobId())
        .appointmentId(dto.appointmentId())
        .technicianId(dto.technicianId())
        .dispatchedOn(Optional.ofNullable(dto.dispatchedOn()))
        .arrivedOn(Optional.ofNullable(dto.arrivedOn()))
        .canceledOn(Optional.ofNullable(dto.canceledOn()))
        .doneOn(Optional.ofNullable(dto.doneOn()))
        .active(dto.active() == null || dto.active())
        .modifiedOn(dto.modifiedOn())
        .build();
  }

  /** A technician. */
  public static Technician technician(TechnicianDto dto) {
    return Technician.builder()
        .id(dto.id())
        .userId(optionalLong(dto.userId()))
        .name(dto.name())
        .businessUnitId(optionalLong(dto.businessUnitId()))
        .email(Optional.ofNullable(dto.email()))
        .phoneNumber(Optional.ofNullable(dto.phoneNumber()))
        .active(dto.active() == null || dto.active())
        .build();
  }

  /** An employee. */
  public static Employee employee(EmployeeDto dto) {
    return Employee.builder()
        .id(dto.id())
        .userId(optionalLong(dto.userId()))
        .name(dto.name())
        .businessUnitId(optionalLong(dto.businessUnitId()))
        .email(Optional.ofNullable(dto.email()))
        .phoneNumber(Optional.ofNullable(dto.phoneNumber()))
        .active(dto.active() == null || dto.active())
        .build();
  }

  /** A reference-data entry. */
  public static ReferenceItem reference(ReferenceDto dto) {
    return ReferenceItem.builder()
        .id(dto.id())
        .name(dto.name())
        .active(dto.active() == null || dto.active())
        .build();
  }

  /** An invoice. */
  public static Invoice invoice(InvoiceDto dto) {
    return Invoice.builder()
        .id(dto.id())
        .referenceNumber(Optional.ofNullable(dto.referenceNumber()))
        .syncStatus(InvoiceSyncStatus.fromWire(dto.syncStatus()))
        .invoiceDate(Optional.ofNullable(dto.invoiceDate()))
        .dueDate(Optional.ofNullable(dto.dueDate()))
        .subTotal(Optional.ofNullable(dto.subTotal()))
        .salesTax(Optional.ofNullable(dto.salesTax()))
        .total(Optional.ofNullable(dto.total()))
        .balance(Optional.ofNullable(dto.balance()))
        .customerId(named(dto.customer()))
        .locationId(named(dto.location()))
        .businessUnitId(named(dto.businessUnit()))
        .jobId(dto.job() == null ? OptionalLong.empty() : optionalLong(dto.job().id()))
        .jobNumber(dto.job() == null ? Optional.empty() : Optional.ofNullable(dto.job().number()))
        .exportId(Optional.ofNullable(dto.exportId()))
        .summary(Optional.ofNullable(dto.summary()))
        .active(dto.active() == null || dto.active())
        .createdOn(dto.createdOn())
        .modifiedOn(Optional.ofNullable(dto.modifiedOn()))
        .build();
  }

  /** One result of mark-as-exported. */
  public static InvoiceExportResult exportResult(MarkExportedResultDto dto) {
    return InvoiceExportResult.builder()
        .invoiceId(dto.invoiceId())
        .success(Boolean.TRUE.equals(dto.success()))
        .errorMessage(Optional.ofNullable(dto.errorMessage()))
        .build();
  }

  /** An attachment. */
  public static Attachment attachment(AttachmentDto dto) {
    return Attachment.builder()
        .id(dto.id())
        .fileName(dto.fileName())
        .createdOn(Optional.ofNullable(dto.createdOn()))
        .createdById(optionalLong(dto.createdById()))
        .build();
  }

  /** A lead. */
  public static Lead lead(LeadDto dto) {
    return Lead.builder()
        .id(dto.id())
        .status(LeadStatus.fromWire(dto.status()))
        .priority(Priority.fromWire(dto.priority()))
        .campaignId(dto.campaignId())
        .customerId(optionalLong(dto.customerId()))
        .locationId(optionalLong(dto.locationId()))
        .businessUnitId(optionalLong(dto.businessUnitId()))
        .jobTypeId(optionalLong(dto.jobTypeId()))
        .callReasonId(optionalLong(dto.callReasonId()))
        .followUpDate(Optional.ofNullable(dto.followUpDate()))
        .dismissingReasonId(optionalLong(dto.dismissingReasonId()))
        .summary(Optional.ofNullable(dto.summary()))
        .bookingId(optionalLong(dto.bookingId()))
        .leadCustomerName(Optional.ofNullable(dto.leadCustomerName()))
        .leadPhone(Optional.ofNullable(dto.leadPhone()))
        .leadEmail(Optional.ofNullable(dto.leadEmail()))
        .createdOn(dto.createdOn())
        .modifiedOn(dto.modifiedOn())
        .build();
  }

  private static OptionalLong named(@Nullable NamedDto ref) {
    return ref == null ? OptionalLong.empty() : optionalLong(ref.id());
  }
}
