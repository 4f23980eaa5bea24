package io.workbridge.servicechannel.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Sleeper;
import io.workbridge.client.spi.paging.PageNumberPaging;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.Note;
import io.workbridge.servicechannel.resource.NotesResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** The {@link NotesResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpNotesResource implements NotesResource {
  /** How many of the newest notes a lookup reads. */
  static final int LOOKUP_PAGE_SIZE = 50;

  /** How much earlier than this client's clock a looked-up note may be dated (clock skew). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final ScApi api;
  private final Sleeper sleeper;
  private final Clock clock;

  /** Creates the resource; the client calls this. */
  public HttpNotesResource(ScApi api, Sleeper sleeper, Clock clock) {
    this.api = Objects.requireNonNull(api, "api");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public PageIterable<Note> list(long workOrderId) {
    return list(workOrderId, DEFAULT_PAGE_SIZE);
  }

  @Override
  public PageIterable<Note> list(long workOrderId, int pageSize) {
    return list(workOrderId, pageSize, RequestOptions.none());
  }

  @Override
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

  @Override
  public CreatedId create(long workOrderId, NewNote note) {
    return create(workOrderId, note, RequestOptions.none());
  }

  @Override
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
