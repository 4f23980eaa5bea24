package io.workbridge.servicetitan.internal;

import io.workbridge.servicetitan.internal.CrmWire.CustomFieldDto;
import io.workbridge.servicetitan.internal.CrmWire.ExternalDataDto;
import io.workbridge.servicetitan.internal.CrmWire.ExternalDataRequestDto;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire records of the JPM module (jobs, notes, job custom-field types, reasons), as in the spec. */
public final class JpmWire {
  private JpmWire() {}

  /** {@code Jpm.V2.JobResponse} and its export variant. */
  public record JobDto(
      @Nullable Long id,
      @Nullable String jobNumber,
      @Nullable Long customerId,
      @Nullable Long locationId,
      @Nullable String jobStatus,
      @Nullable Instant completedOn,
      @Nullable Long businessUnitId,
      @Nullable Long jobTypeId,
      @Nullable String priority,
      @Nullable Long campaignId,
      @Nullable String summary,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable Long appointmentCount,
      @Nullable Long firstAppointmentId,
      @Nullable Long lastAppointmentId,
      @Nullable Long bookingId,
      @Nullable Long leadCallId,
      @Nullable Long projectId,
      @Nullable String customerPo,
      @Nullable Long invoiceId,
      @Nullable List<Long> tagTypeIds,
      @Nullable List<ExternalDataDto> externalData,
      @Nullable BigDecimal total,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn,
      @Nullable Boolean active) {}

  /** {@code Jpm.V2.AppointmentInformation}. */
  public record AppointmentInformationDto(
      Instant start,
      Instant end,
      @Nullable Instant arrivalWindowStart,
      @Nullable Instant arrivalWindowEnd,
      @Nullable List<Long> technicianIds) {}

  /** {@code Jpm.V2.JobCreateRequest}. */
  public record CreateJobDto(
      long customerId,
      long locationId,
      long businessUnitId,
      long jobTypeId,
      String priority,
      long campaignId,
      List<AppointmentInformationDto> appointments,
      @Nullable String summary,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable List<Long> tagTypeIds,
      @Nullable ExternalDataRequestDto externalData,
      @Nullable String customerPo,
      @Nullable Long projectId,
      @Nullable Long bookingId,
      @Nullable Long leadId,
      @Nullable Boolean invoiceSignatureIsRequired) {}

  /** {@code Jpm.V2.UpdateJobRequest}. */
  public record UpdateJobDto(
      @Nullable Long customerId,
      @Nullable Long locationId,
      @Nullable Long businessUnitId,
      @Nullable Long jobTypeId,
      @Nullable String priority,
      @Nullable Long campaignId,
      @Nullable String summary,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable List<Long> tagTypeIds,
      @Nullable ExternalDataRequestDto externalData,
      @Nullable String customerPo) {}

  /** {@code Jpm.V2.CancelJobRequest} and {@code Jpm.V2.HoldJobRequest}. */
  public record ReasonDto(long reasonId, String memo) {}

  /** {@code Jpm.V2.CompleteJobRequest}. */
  public record CompleteJobDto(Instant completedOn) {}

  /** {@code Jpm.V2.JobNoteCreateRequest}. */
  public record NoteCreateDto(String text, @Nullable Boolean pinToTop) {}

  /** {@code Jpm.V2.NoteResponse} and {@code Jpm.V2.ExportJobNotesResponse}. */
  public record NoteDto(
      @Nullable Long id,
      @Nullable Long jobId,
      @Nullable String text,
      @Nullable Boolean isPinned,
      @Nullable Long createdById,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn,
      @Nullable Boolean active) {}

  /** {@code Jpm.V2.CustomFieldTypeResponse}. */
  public record CustomFieldTypeDto(
      @Nullable Long id,
      @Nullable String name,
      @Nullable String dataType,
      @Nullable List<String> dataTypeOptions,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn) {}
}
