package io.workbridge.servicetitan.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of appointments, dispatch, payroll, settings, marketing, call reasons, accounting, forms
 * and leads, as in the official descriptions.
 */
public final class OpsWire {
  private OpsWire() {}

  /** {@code Jpm.V2.AppointmentResponse}. */
  public record AppointmentDto(
      @Nullable Long id,
      @Nullable Long jobId,
      @Nullable String appointmentNumber,
      @Nullable Instant start,
      @Nullable Instant end,
      @Nullable Instant arrivalWindowStart,
      @Nullable Instant arrivalWindowEnd,
      @Nullable String status,
      @Nullable String specialInstructions,
      @Nullable Long customerId,
      @Nullable Boolean isConfirmed,
      @Nullable Boolean active,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn) {}

  /** {@code Dispatch.V2.AppointmentAssignmentResponse}. */
  public record AssignmentDto(
      @Nullable Long id,
      @Nullable Long technicianId,
      @Nullable String technicianName,
      @Nullable Long jobId,
      @Nullable Long appointmentId,
      @Nullable String status,
      @Nullable Instant assignedOn,
      @Nullable Boolean isPaused,
      @Nullable Boolean active,
      @Nullable Instant modifiedOn) {}

  /** {@code Dispatch.V2.AssignTechniciansRequest}. */
  public record AssignTechniciansDto(long jobAppointmentId, List<Long> technicianIds) {}

  /** {@code Payroll.V2.Timesheets.JobTimesheetResponse}. */
  public record TimesheetDto(
      @Nullable Long id,
      @Nullable Long jobId,
      @Nullable Long appointmentId,
      @Nullable Long technicianId,
      @Nullable Instant dispatchedOn,
      @Nullable Instant arrivedOn,
      @Nullable Instant canceledOn,
      @Nullable Instant doneOn,
      @Nullable Boolean active,
      @Nullable Instant modifiedOn) {}

  /** {@code TenantSettings.V2.TechnicianResponse}. */
  public record TechnicianDto(
      @Nullable Long id,
      @Nullable Long userId,
      @Nullable String name,
      @Nullable Long businessUnitId,
      @Nullable String email,
      @Nullable String phoneNumber,
      @Nullable Boolean active) {}

  /** {@code TenantSettings.V2.EmployeeResponse}. */
  public record EmployeeDto(
      @Nullable Long id,
      @Nullable Long userId,
      @Nullable String name,
      @Nullable Long businessUnitId,
      @Nullable String email,
      @Nullable String phoneNumber,
      @Nullable Boolean active) {}

  /** Any reference-data entry: id, name, active. */
  public record ReferenceDto(@Nullable Long id, @Nullable String name, @Nullable Boolean active) {}

  /** {@code {id, name}} reference inside an invoice. */
  public record NamedDto(@Nullable Long id, @Nullable String name) {}

  /** The job reference inside an invoice. */
  public record InvoiceJobDto(@Nullable Long id, @Nullable String number, @Nullable String type) {}

  /** {@code Accounting.V2.InvoiceResponse} (amounts are strings on the wire). */
  public record InvoiceDto(
      @Nullable Long id,
      @Nullable String syncStatus,
      @Nullable String referenceNumber,
      @Nullable Instant invoiceDate,
      @Nullable Instant dueDate,
      @Nullable BigDecimal subTotal,
      @Nullable BigDecimal salesTax,
      @Nullable BigDecimal total,
      @Nullable BigDecimal balance,
      @Nullable NamedDto customer,
      @Nullable NamedDto location,
      @Nullable NamedDto businessUnit,
      @Nullable InvoiceJobDto job,
      @Nullable String exportId,
      @Nullable String summary,
      @Nullable Boolean active,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn) {}

  /** {@code Accounting.V2.MarkInvoiceAsExportedUpdateRequest}. */
  public record MarkExportedDto(long invoiceId, @Nullable String externalId, @Nullable String externalMessage) {}

  /** {@code Accounting.V2.MarkInvoiceAsExportedUpdateResponse}. */
  public record MarkExportedResultDto(
      @Nullable Long invoiceId, @Nullable Boolean success, @Nullable String errorMessage) {}

  /** Attachment upload answer ({@code Forms.V2.AttachmentResponse}). */
  public record UploadResultDto(@Nullable String fileName) {}

  /** Attachment list item (the list schema is not published; these fields are what the API returns). */
  public record AttachmentDto(
      @Nullable Long id, @Nullable String fileName, @Nullable Instant createdOn, @Nullable Long createdById) {}

  /** {@code Crm.V2.LeadResponse}. */
  public record LeadDto(
      @Nullable Long id,
      @Nullable String status,
      @Nullable String priority,
      @Nullable Long campaignId,
      @Nullable Long customerId,
      @Nullable Long locationId,
      @Nullable Long businessUnitId,
      @Nullable Long jobTypeId,
      @Nullable Long callReasonId,
      @Nullable Instant followUpDate,
      @Nullable Long dismissingReasonId,
      @Nullable String summary,
      @Nullable Long bookingId,
      @Nullable String leadCustomerName,
      @Nullable String leadPhone,
      @Nullable String leadEmail,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn) {}

  /** {@code Crm.V2.LeadCreateRequest}. */
  public record CreateLeadDto(
      long campaignId,
      String summary,
      @Nullable Long customerId,
      @Nullable Long locationId,
      @Nullable Long businessUnitId,
      @Nullable Long jobTypeId,
      @Nullable String priority,
      @Nullable Long callReasonId,
      @Nullable Instant followUpDate,
      @Nullable List<Long> tagTypeIds,
      @Nullable String leadCustomerName,
      @Nullable String leadPhone,
      @Nullable String leadEmail) {}

  /** {@code Crm.V2.CreateFollowUpRequest}. */
  public record FollowUpDto(Instant followUpDate, @Nullable String text, @Nullable Boolean pinToTop) {}

  /** {@code Crm.V2.FollowUpResponse}. */
  public record FollowUpResultDto(@Nullable Long leadId, @Nullable Instant followUpDate) {}

  /** {@code Crm.V2.DismissLeadRequest}. */
  public record DismissLeadDto(long dismissingReasonId) {}
}
