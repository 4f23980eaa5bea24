package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.PageNumberPaging;
import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.internal.CreatedIds;
import io.workbridge.servicechannel.internal.Mapper;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.Wire;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Work order notes: list (newest first) and create. Notes are append-only. Thread-safe. */
public final class NotesResource {
  /** The page size used by {@link #list(long)}. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  private final ScApi api;

  /** For {@link io.workbridge.servicechannel.ServiceChannelClient}. */
  public NotesResource(ScApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** The work order's notes, newest first, fetched page by page ({@code paging=page:size}). */
  public PageIterable<Note> list(long workOrderId) {
    return list(workOrderId, DEFAULT_PAGE_SIZE);
  }

  /** The work order's notes, newest first, with the given page size. */
  public PageIterable<Note> list(long workOrderId, int pageSize) {
    return list(workOrderId, pageSize, RequestOptions.none());
  }

  /** The same, with per-call {@link RequestOptions} (timeout, extra headers). */
  public PageIterable<Note> list(long workOrderId, int pageSize, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return PageNumberPaging.iterable(
        "notes.list",
        pageSize,
        (page, size) -> {
          Wire.NotesResponse response = api.listNotes(workOrderId, page + ":" + size, options);
          List<Note> notes = new ArrayList<>();
          List<Wire.Note> wires = response.notes() == null ? List.of() : response.notes();
          for (int i = 0; i < wires.size(); i++) {
            notes.add(Mapper.note(wires.get(i), "notes.list", "$.Notes[" + i + "]"));
          }
          boolean more =
              response.allNotesCount() != null
                  ? (long) page * size < response.allNotesCount()
                  : notes.size() >= size;
          return PageNumberPaging.Response.of(notes, more);
        });
  }

  /**
   * Adds a note ({@code POST /workorders/{id}/notes}) and returns the new note's id. Not retried on server
   * errors: a retry could add the note twice.
   */
  public long create(long workOrderId, NewNote note) {
    return create(workOrderId, note, RequestOptions.none());
  }

  /** The same, with per-call {@link RequestOptions} (timeout, extra headers). */
  public long create(long workOrderId, NewNote note, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(note, "note");
    Wire.NewNote body =
        new Wire.NewNote(
            note.text(),
            note.mailedTo().isEmpty() ? null : String.join(";", note.mailedTo()),
            note.actionRequired(),
            note.visibility().isPresent() ? note.visibility().getAsInt() : null,
            note.actor().orElse(null));
    return CreatedIds.read(api.createNote(workOrderId, body, options), "notes.create");
  }
}
