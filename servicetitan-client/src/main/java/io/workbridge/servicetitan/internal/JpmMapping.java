package io.workbridge.servicetitan.internal;

import static io.workbridge.servicetitan.internal.Mapping.list;
import static io.workbridge.servicetitan.internal.Mapping.nullIfEmpty;
import static io.workbridge.servicetitan.internal.Mapping.optionalLong;
import static io.workbridge.servicetitan.internal.Mapping.orEmpty;
import static io.workbridge.servicetitan.internal.Mapping.orNull;

import io.workbridge.servicetitan.internal.JpmWire.AppointmentInformationDto;
import io.workbridge.servicetitan.internal.JpmWire.CreateJobDto;
import io.workbridge.servicetitan.internal.JpmWire.CustomFieldTypeDto;
import io.workbridge.servicetitan.internal.JpmWire.JobDto;
import io.workbridge.servicetitan.internal.JpmWire.NoteDto;
import io.workbridge.servicetitan.internal.JpmWire.UpdateJobDto;
import io.workbridge.servicetitan.model.CustomFieldDataType;
import io.workbridge.servicetitan.model.CustomFieldType;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.JobStatus;
import io.workbridge.servicetitan.model.JobUpdate;
import io.workbridge.servicetitan.model.NewAppointment;
import io.workbridge.servicetitan.model.NewJob;
import io.workbridge.servicetitan.model.Priority;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Maps JPM wire records to models and requests to wire records. */
public final class JpmMapping {
  private JpmMapping() {}

  /** A wire job as a model. */
  public static Job job(JobDto dto) {
    return Job.builder()
        .id(dto.id())
        .jobNumber(dto.jobNumber())
        .customerId(dto.customerId())
        .locationId(dto.locationId())
        .jobStatus(JobStatus.fromWire(dto.jobStatus()))
        .completedOn(Optional.ofNullable(dto.completedOn()))
        .businessUnitId(dto.businessUnitId())
        .jobTypeId(dto.jobTypeId())
        .priority(Priority.fromWire(dto.priority()))
        .campaignId(dto.campaignId())
        .summary(Optional.ofNullable(dto.summary()))
        .customFields(list(dto.customFields(), CrmMapping::customField))
        .appointmentCount(dto.appointmentCount() == null ? 0 : dto.appointmentCount())
        .firstAppointmentId(optionalLong(dto.firstAppointmentId()))
        .lastAppointmentId(optionalLong(dto.lastAppointmentId()))
        .bookingId(optionalLong(dto.bookingId()))
        .leadCallId(optionalLong(dto.leadCallId()))
        .projectId(optionalLong(dto.projectId()))
        .customerPo(Optional.ofNullable(dto.customerPo()).filter(po -> !po.isEmpty()))
        .invoiceId(dto.invoiceId() == null || dto.invoiceId() == 0 ? OptionalLong.empty() : OptionalLong.of(dto.invoiceId()))
        .tagTypeIds(orEmpty(dto.tagTypeIds()))
        .externalData(list(dto.externalData(), CrmMapping::externalEntry))
        .total(Optional.ofNullable(dto.total()))
        .createdOn(dto.createdOn())
        .modifiedOn(dto.modifiedOn())
        .active(dto.active() == null || dto.active())
        .build();
  }

  /** An appointment on the wire. */
  public static AppointmentInformationDto appointment(NewAppointment appointment) {
    return new AppointmentInformationDto(
        appointment.start(),
        appointment.end(),
        orNull(appointment.arrivalWindowStart()),
        orNull(appointment.arrivalWindowEnd()),
        nullIfEmpty(appointment.technicianIds()));
  }

  /** A new job on the wire. */
  public static CreateJobDto newJob(NewJob job, @Nullable String applicationGuid) {
    if (job.appointments().isEmpty()) {
      throw new IllegalArgumentException("a new job needs at least one appointment");
    }
    return new CreateJobDto(
        job.customerId(),
        job.locationId(),
        job.businessUnitId(),
        job.jobTypeId(),
        wirePriority(job.priority()),
        job.campaignId(),
        list(job.appointments(), JpmMapping::appointment),
        orNull(job.summary()),
        nullIfEmpty(list(job.customFields(), CrmMapping::customField)),
        nullIfEmpty(job.tagTypeIds()),
        CrmMapping.externalData(job.externalData(), null, applicationGuid),
        orNull(job.customerPo()),
        orNull(job.projectId()),
        orNull(job.bookingId()),
        orNull(job.leadId()),
        orNull(job.invoiceSignatureIsRequired()));
  }

  /** A job update on the wire. */
  public static UpdateJobDto jobUpdate(JobUpdate update, @Nullable String applicationGuid) {
    return new UpdateJobDto(
        orNull(update.customerId()),
        orNull(update.locationId()),
        orNull(update.businessUnitId()),
        orNull(update.jobTypeId()),
        update.priority().map(JpmMapping::wirePriority).orElse(null),
        orNull(update.campaignId()),
        orNull(update.summary()),
        update.customFields().map(fields -> list(fields, CrmMapping::customField)).orElse(null),
        orNull(update.tagTypeIds()),
        CrmMapping.externalData(
            orNull(update.externalData()), orNull(update.externalDataPatchMode()), applicationGuid),
        orNull(update.customerPo()));
  }

  /** A wire note as a model. */
  public static JobNote note(NoteDto dto) {
    return JobNote.builder()
        .id(optionalLong(dto.id()))
        .jobId(optionalLong(dto.jobId()))
        .text(dto.text())
        .isPinned(Boolean.TRUE.equals(dto.isPinned()))
        .createdById(dto.createdById())
        .createdOn(dto.createdOn())
        .modifiedOn(dto.modifiedOn())
        .active(dto.active() == null || dto.active())
        .build();
  }

  /** A wire custom field type as a model. */
  public static CustomFieldType customFieldType(CustomFieldTypeDto dto) {
    return CustomFieldType.builder()
        .id(dto.id())
        .name(dto.name())
        .dataType(CustomFieldDataType.fromWire(dto.dataType()))
        .dataTypeOptions(orEmpty(dto.dataTypeOptions()))
        .createdOn(Optional.ofNullable(dto.createdOn()))
        .modifiedOn(Optional.ofNullable(dto.modifiedOn()))
        .build();
  }

  private static String wirePriority(Priority priority) {
    if (priority == Priority.UNKNOWN) {
      throw new IllegalArgumentException("priority UNKNOWN cannot be sent");
    }
    return priority.wireName();
  }
}
