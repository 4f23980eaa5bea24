package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.PageNumberPaging;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Sleeper;
import io.workbridge.servicechannel.internal.CreatedIds;
import io.workbridge.servicechannel.internal.Mapper;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.Wire;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.Note;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Work order notes: list (newest first) and create. Notes are append-only. Thread-safe. */
public final class NotesResource {
  /** The page size used by {@link #list(long)}. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** How many of the newest notes a lookup reads. */
  static final int LOOKUP_PAGE_SIZE = 50;

  /** How much earlier than this client's clock a looked-up note may be dated (clock skew). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final ScApi api;
  private final Sleeper sleeper;
  private final Clock clock;

  /**
   * For {@link io.workbridge.servicechannel.ServiceChannelClient}.
   *
   * @param api the client's Retrofit interface
   * @param sleeper waits between attempts
   * @param clock the clock to read time from
   */
  public NotesResource(ScApi api, Sleeper sleeper, Clock clock) {
    this.api = Objects.requireNonNull(api, "api");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * {@return the work order's notes, newest first, fetched page by page ({@code paging=page:size})}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public PageIterable<Note> list(long workOrderId) {
    return list(workOrderId, DEFAULT_PAGE_SIZE);
  }

  /**
   * {@return the work order's notes, newest first, with the given page size}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param pageSize the number of items per page
   */
  public PageIterable<Note> list(long workOrderId, int pageSize) {
    return list(workOrderId, pageSize, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param pageSize the number of items per page
   * @param options per-call options (timeout, extra headers) for this request
   */
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
  public CreatedId create(long workOrderId, NewNote note) {
    return create(workOrderId, note, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param note the note
   * @param options per-call options (timeout, extra headers) for this request
   */
  public CreatedId create(long workOrderId, NewNote note, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(note, "note");
    Wire.NewNote body =
        new Wire.NewNote(
            note.text(),
            note.mailedTo().isEmpty() ? null : String.join(";", note.mailedTo()),
            note.actionRequired(),
            note.visibility().isPresent() ? note.visibility().getAsInt() : null,
            note.actor().orElse(null));
    Instant writtenAfter = clock.instant().minus(CLOCK_SKEW);
    OptionalLong answered = CreatedIds.read(api.createNote(workOrderId, body, options));
    if (answered.isPresent()) {
      return CreatedId.fromAnswer(answered.getAsLong());
    }
    OptionalLong found =
        CreatedIds.resolve("notes.create", () -> findWritten(workOrderId, note, writtenAfter, options), sleeper);
    return found.isPresent() ? CreatedId.fromLookup(found.getAsLong()) : CreatedId.unresolved();
  }

  /** The newest note with the written text (and flag) not dated before {@code writtenAfter}. */
  private OptionalLong findWritten(long workOrderId, NewNote written, Instant writtenAfter, RequestOptions options) {
    Wire.NotesResponse response = api.listNotes(workOrderId, "1:" + LOOKUP_PAGE_SIZE, options);
    List<Wire.Note> wires = response.notes() == null ? List.of() : response.notes();
    for (int i = 0; i < wires.size(); i++) {
      Wire.Note wire = wires.get(i);
      if (wire == null || wire.id() == null) {
        continue;
      }
      Note candidate = Mapper.note(wire, "notes.create", "$.Notes[" + i + "]");
      boolean sameText = candidate.text().strip().equals(written.text().strip());
      boolean sameFlag = !written.actionRequired() || candidate.actionRequired();
      boolean recent = candidate.createdAt().map(at -> !at.isBefore(writtenAfter)).orElse(true);
      if (sameText && sameFlag && recent) {
        return OptionalLong.of(candidate.id());
      }
    }
    return OptionalLong.empty();
  }
}
