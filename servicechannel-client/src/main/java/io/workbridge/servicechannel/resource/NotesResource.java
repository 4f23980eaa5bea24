package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.Note;

/** Work order notes: list (newest first) and create. Notes are append-only. Thread-safe. */
public interface NotesResource {
  /** The page size used by {@link #list(long)}. */
  int DEFAULT_PAGE_SIZE = 50;

  /**
   * {@return the work order's notes, newest first, fetched page by page ({@code paging=page:size})}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  PageIterable<Note> list(long workOrderId);

  /**
   * {@return the work order's notes, newest first, with the given page size}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param pageSize the number of items per page
   */
  PageIterable<Note> list(long workOrderId, int pageSize);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param pageSize the number of items per page
   * @param options per-call options (timeout, extra headers) for this request
   */
  PageIterable<Note> list(long workOrderId, int pageSize, RequestOptions options);

  /**
   * Adds a note ({@code POST /workorders/{id}/notes}) and returns the new note's id. Not retried on server
   * errors: a retry could add the note twice.
   *
   * <p>The official description gives the 201 answer no body; ServiceChannel documents it as returning the
   * note id, in no documented shape (a bare number or an object with {@code Id} or {@code NoteId} are read).
   * When the answer carries none, the note was still written: the client then reads the work order's
   * 50 newest notes and takes the newest one with exactly this text (and the
   * action-required flag, when set) not dated before the write (allowing five minutes of clock skew),
   * repeating the lookup over ServiceChannel's read-replica lag (about 30 s: lookups at once and after
   * 1, 2, 4, 8 and 16 s). The result says which way the id was learned; when neither found it, its id is
   * empty — never repeat the write then, since the note exists.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param note the note
   * @return the new note's id
   */
  CreatedId create(long workOrderId, NewNote note);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param note the note
   * @param options per-call options (timeout, extra headers) for this request
   */
  CreatedId create(long workOrderId, NewNote note, RequestOptions options);
}
