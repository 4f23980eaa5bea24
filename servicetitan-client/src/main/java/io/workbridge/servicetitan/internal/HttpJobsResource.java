package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.JpmWire.CompleteJobDto;
import io.workbridge.servicetitan.internal.JpmWire.NoteCreateDto;
import io.workbridge.servicetitan.internal.JpmWire.ReasonDto;
import io.workbridge.servicetitan.model.CustomFieldType;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.JobUpdate;
import io.workbridge.servicetitan.model.NewJob;
import io.workbridge.servicetitan.resource.ExportEntry;
import io.workbridge.servicetitan.resource.JobsResource;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The {@link JobsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpJobsResource implements JobsResource {
  private final StContext context;
  private final JpmApi api;

  /** Creates the resource; the client calls this. */
  public HttpJobsResource(StContext context) {
    this.context = context;
    this.api = context.apis().jpm();
  }

  @Override
  public Job create(NewJob job) {
    var body = JpmMapping.newJob(Objects.requireNonNull(job, "job"), context.applicationGuid());
    return Mapping.map("jobs.create", api.createJob(context.tenantId(), body), JpmMapping::job);
  }

  @Override
  public Job get(long id) {
    return Mapping.map(
        "jobs.get", api.getJob(context.tenantId(), id, context.applicationGuid()), JpmMapping::job);
  }

  @Override
  public PageIterable<Job> list(JobQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "jobs.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listJobs(context.tenantId(), page, size, filters),
        JpmMapping::job);
  }

  @Override
  public Optional<Job> findByBookingId(long bookingId) {
    return list(JobQuery.builder().bookingId(bookingId).pageSize(50).build()).stream().findFirst();
  }

  @Override
  public Job update(long id, JobUpdate update) {
    var body = JpmMapping.jobUpdate(Objects.requireNonNull(update, "update"), context.applicationGuid());
    return Mapping.map("jobs.update", api.updateJob(context.tenantId(), id, body), JpmMapping::job);
  }

  @Override
  public void cancel(long id, long reasonId, String memo) {
    api.cancelJob(context.tenantId(), id, new ReasonDto(reasonId, Objects.requireNonNull(memo, "memo")));
  }

  @Override
  public void hold(long id, long reasonId, String memo) {
    api.holdJob(context.tenantId(), id, new ReasonDto(reasonId, Objects.requireNonNull(memo, "memo")));
  }

  @Override
  public void complete(long id, Instant completedOn) {
    api.completeJob(context.tenantId(), id, new CompleteJobDto(Objects.requireNonNull(completedOn)));
  }

  @Override
  public PageIterable<JobNote> notes(long jobId) {
    return Feeds.pages(
        "jobs.notes.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listJobNotes(context.tenantId(), jobId, page, size),
        JpmMapping::note);
  }

  @Override
  public JobNote addNote(long jobId, String text, boolean pinToTop) {
    var body = new NoteCreateDto(Objects.requireNonNull(text, "text"), pinToTop ? Boolean.TRUE : null);
    return Mapping.map("jobs.notes.create", api.createJobNote(context.tenantId(), jobId, body), JpmMapping::note);
  }

  @Override
  public PageIterable<CustomFieldType> customFieldTypes() {
    return Feeds.pages(
        "jobs.customFieldTypes.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listJobCustomFieldTypes(context.tenantId(), page, size),
        JpmMapping::customFieldType);
  }

  @Override
  public PageIterable<Job> export(@Nullable String from) {
    return Feeds.exportStrict(
        "jobs.export", from, token -> api.exportJobs(context.tenantId(), token, Map.of()), JpmMapping::job);
  }

  @Override
  public PageIterable<ExportEntry<Job>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "jobs.export", from, token -> api.exportJobs(context.tenantId(), token, Map.of()), JpmMapping::job, Job::id);
  }

  @Override
  public PageIterable<JobNote> exportNotes(@Nullable String from) {
    return Feeds.exportStrict(
        "jobs.notes.export",
        from,
        token -> api.exportJobNotes(context.tenantId(), token, Map.of()),
        JpmMapping::note);
  }

  @Override
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
