package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.JpmApi;
import io.workbridge.servicetitan.internal.JpmMapping;
import io.workbridge.servicetitan.internal.JpmWire.CompleteJobDto;
import io.workbridge.servicetitan.internal.JpmWire.NoteCreateDto;
import io.workbridge.servicetitan.internal.JpmWire.ReasonDto;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.QueryParams;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.CustomFieldType;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.JobUpdate;
import io.workbridge.servicetitan.model.NewJob;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Jobs ({@code jpm/v2/tenant/{tenant}/jobs}): create with appointments, read, search (for example by
 * {@code bookingId}), update, cancel, hold, complete; notes; custom-field types; and the jobs and job-notes
 * export feeds. Jobs cannot be deleted, only cancelled.
 */
public final class JobsResource {
  private final StContext context;
  private final JpmApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public JobsResource(StContext context) {
    this.context = context;
    this.api = context.apis().jpm();
  }

  /**
   * Creates a job with its appointments.
   *
   * @param job the job
   * @return the created job
   */
  public Job create(NewJob job) {
    var body = JpmMapping.newJob(Objects.requireNonNull(job, "job"), context.applicationGuid());
    return Mapping.map("jobs.create", api.createJob(context.tenantId(), body), JpmMapping::job);
  }

  /**
   * Reads a job (with this application's external data when the client has an application GUID).
   *
   * @param id the job's id
   * @return the job
   */
  public Job get(long id) {
    return Mapping.map(
        "jobs.get", api.getJob(context.tenantId(), id, context.applicationGuid()), JpmMapping::job);
  }

  /**
   * {@return jobs matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  public PageIterable<Job> list(JobQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "jobs.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listJobs(context.tenantId(), page, size, filters),
        JpmMapping::job);
  }

  /**
   * {@return the job converted from a booking, if there is one}
   *
   * @param bookingId the ServiceTitan booking's id
   */
  public Optional<Job> findByBookingId(long bookingId) {
    return list(JobQuery.builder().bookingId(bookingId).pageSize(50).build()).stream().findFirst();
  }

  /**
   * Changes a job; lists in the update replace the whole list.
   *
   * @param id the job's id
   * @param update the fields to change
   * @return the changed job
   */
  public Job update(long id, JobUpdate update) {
    var body = JpmMapping.jobUpdate(Objects.requireNonNull(update, "update"), context.applicationGuid());
    return Mapping.map("jobs.update", api.updateJob(context.tenantId(), id, body), JpmMapping::job);
  }

  /**
   * Cancels a job.
   *
   * @param id the job
   * @param reasonId a job cancel reason (see reference data)
   * @param memo why
   */
  public void cancel(long id, long reasonId, String memo) {
    api.cancelJob(context.tenantId(), id, new ReasonDto(reasonId, Objects.requireNonNull(memo, "memo")));
  }

  /**
   * Puts a job on hold.
   *
   * @param id the job
   * @param reasonId a job hold reason (see reference data)
   * @param memo why
   */
  public void hold(long id, long reasonId, String memo) {
    api.holdJob(context.tenantId(), id, new ReasonDto(reasonId, Objects.requireNonNull(memo, "memo")));
  }

  /**
   * Completes a job; ServiceTitan answers 409 ({@code ServiceTitanConflictException}) when it is already
   * completed or cancelled, or has no technician assigned.
   *
   * @param id the job's id
   * @param completedOn when the job was completed
   */
  public void complete(long id, Instant completedOn) {
    api.completeJob(context.tenantId(), id, new CompleteJobDto(Objects.requireNonNull(completedOn)));
  }

  /**
   * {@return the notes of a job}
   *
   * @param jobId the ServiceTitan job's id
   */
  public PageIterable<JobNote> notes(long jobId) {
    return Feeds.pages(
        "jobs.notes.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listJobNotes(context.tenantId(), jobId, page, size),
        JpmMapping::note);
  }

  /**
   * Adds a note to a job.
   *
   * @param jobId the ServiceTitan job's id
   * @param text the note's text
   * @param pinToTop whether the note is pinned to the top
   * @return the added note
   */
  public JobNote addNote(long jobId, String text, boolean pinToTop) {
    var body = new NoteCreateDto(Objects.requireNonNull(text, "text"), pinToTop ? Boolean.TRUE : null);
    return Mapping.map("jobs.notes.create", api.createJobNote(context.tenantId(), jobId, body), JpmMapping::note);
  }

  /** {@return the job custom-field types (their ids are the {@code typeId}s of custom field values)} */
  public PageIterable<CustomFieldType> customFieldTypes() {
    return Feeds.pages(
        "jobs.customFieldTypes.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listJobCustomFieldTypes(context.tenantId(), page, size),
        JpmMapping::customFieldType);
  }

  /**
   * {@return the jobs export feed from {@code from} (a persisted token, a date, or null for the beginning)}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<Job> export(@Nullable String from) {
    return Feeds.exportStrict(
        "jobs.export", from, token -> api.exportJobs(context.tenantId(), token, Map.of()), JpmMapping::job);
  }

  /**
   * {@return the jobs export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<ExportEntry<Job>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "jobs.export", from, token -> api.exportJobs(context.tenantId(), token, Map.of()), JpmMapping::job, Job::id);
  }

  /**
   * {@return the job-notes export feed from {@code from}; the notes carry their job id}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportNoteEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<JobNote> exportNotes(@Nullable String from) {
    return Feeds.exportStrict(
        "jobs.notes.export",
        from,
        token -> api.exportJobNotes(context.tenantId(), token, Map.of()),
        JpmMapping::note);
  }

  /**
   * {@return the job-notes export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<ExportEntry<JobNote>> exportNoteEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "jobs.notes.export", from, token -> api.exportJobNotes(context.tenantId(), token, Map.of()), JpmMapping::note, JobNote::id);
  }

  private Map<String, String> filters(JobQuery query) {
    return new QueryParams()
        .list("ids", query.ids())
        .put("number", query.number())
        .put("bookingId", query.bookingId())
        .put("jobStatus", query.jobStatus())
        .put("customerId", query.customerId())
        .put("locationId", query.locationId())
        .put("businessUnitId", query.businessUnitId())
        .put("jobTypeId", query.jobTypeId())
        .put("campaignId", query.campaignId())
        .put("technicianId", query.technicianId())
        .put("createdBefore", query.createdBefore())
        .put("createdOnOrAfter", query.createdOnOrAfter())
        .put("modifiedBefore", query.modifiedBefore())
        .put("modifiedOnOrAfter", query.modifiedOnOrAfter())
        .put("completedOnOrAfter", query.completedOnOrAfter())
        .put("completedBefore", query.completedBefore())
        .put("externalDataApplicationGuid", Optional.ofNullable(context.applicationGuid()))
        .put("externalDataKey", query.externalDataKey())
        .list("externalDataValues", query.externalDataValues())
        .put("sort", query.sort())
        .build();
  }
}
