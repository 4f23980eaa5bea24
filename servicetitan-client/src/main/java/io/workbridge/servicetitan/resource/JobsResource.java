package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.CustomFieldType;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.JobUpdate;
import io.workbridge.servicetitan.model.NewJob;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Jobs ({@code jpm/v2/tenant/{tenant}/jobs}): create with appointments, read, search (for example by
 * {@code bookingId}), update, cancel, hold, complete; notes; custom-field types; and the jobs and job-notes
 * export feeds. Jobs cannot be deleted, only cancelled.
 */
public interface JobsResource {
  /**
   * Creates a job with its appointments.
   *
   * @param job the job
   * @return the created job
   */
  Job create(NewJob job);

  /**
   * Reads a job (with this application's external data when the client has an application GUID).
   *
   * @param id the job's id
   * @return the job
   */
  Job get(long id);

  /**
   * {@return jobs matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  PageIterable<Job> list(JobQuery query);

  /**
   * {@return the job converted from a booking, if there is one}
   *
   * @param bookingId the ServiceTitan booking's id
   */
  Optional<Job> findByBookingId(long bookingId);

  /**
   * Changes a job; lists in the update replace the whole list.
   *
   * @param id the job's id
   * @param update the fields to change
   * @return the changed job
   */
  Job update(long id, JobUpdate update);

  /**
   * Cancels a job.
   *
   * @param id the job
   * @param reasonId a job cancel reason (see reference data)
   * @param memo why
   */
  void cancel(long id, long reasonId, String memo);

  /**
   * Puts a job on hold.
   *
   * @param id the job
   * @param reasonId a job hold reason (see reference data)
   * @param memo why
   */
  void hold(long id, long reasonId, String memo);

  /**
   * Completes a job; ServiceTitan answers 409 ({@code ServiceTitanConflictException}) when it is already
   * completed or cancelled, or has no technician assigned.
   *
   * @param id the job's id
   * @param completedOn when the job was completed
   */
  void complete(long id, Instant completedOn);

  /**
   * {@return the notes of a job}
   *
   * @param jobId the ServiceTitan job's id
   */
  PageIterable<JobNote> notes(long jobId);

  /**
   * Adds a note to a job.
   *
   * @param jobId the ServiceTitan job's id
   * @param text the note's text
   * @param pinToTop whether the note is pinned to the top
   * @return the added note
   */
  JobNote addNote(long jobId, String text, boolean pinToTop);

  /** {@return the job custom-field types (their ids are the {@code typeId}s of custom field values)} */
  PageIterable<CustomFieldType> customFieldTypes();

  /**
   * {@return the jobs export feed from {@code from} (a persisted token, a date, or null for the beginning)}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<Job> export(@Nullable String from);

  /**
   * {@return the jobs export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<ExportEntry<Job>> exportEntries(@Nullable String from);

  /**
   * {@return the job-notes export feed from {@code from}; the notes carry their job id}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportNoteEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<JobNote> exportNotes(@Nullable String from);

  /**
   * {@return the job-notes export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<ExportEntry<JobNote>> exportNoteEntries(@Nullable String from);
}
