package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.NoteDirection;
import io.workbridge.sync.store.NoteLedger;
import io.workbridge.sync.store.NoteRecord;
import io.workbridge.sync.store.StoreArguments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link NoteLedger} on the note table, keyed by direction, source note and content hash. */
final class JdbcNoteLedger implements NoteLedger {
  private static final String COLUMNS =
      "direction, thread_id, source_note_id, content_hash, target_note_id, recorded_at";

  private final Jdbc jdbc;
  private final Tables tables;
  private final String conn;
  private final Clock clock;

  JdbcNoteLedger(Jdbc jdbc, Tables tables, String conn, Clock clock) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.conn = conn;
    this.clock = clock;
  }

  @Override
  public boolean record(NoteRecord note) {
    Objects.requireNonNull(note, "note");
    return jdbc.insertUnlessExists(
        "record note",
        "INSERT INTO " + tables.note + " (conn, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
        conn, note.direction().name(), note.threadId(), note.sourceNoteId(), note.contentHash(),
        note.targetNoteId().orElse(null), Jdbc.nanos(clock.instant()));
  }

  @Override
  public boolean isCopied(NoteDirection direction, String sourceNoteId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(sourceNoteId, "source note id");
    StoreArguments.requireKey(contentHash, "content hash");
    return jdbc.queryOne(
            "read note ledger",
            "SELECT 1 FROM " + tables.note
                + " WHERE conn = ? AND direction = ? AND source_note_id = ? AND content_hash = ?",
            row -> Boolean.TRUE,
            conn, direction.name(), sourceNoteId, contentHash)
        .isPresent();
  }

  @Override
  public Optional<NoteRecord> findByTarget(NoteDirection direction, String targetNoteId) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(targetNoteId, "target note id");
    return jdbc.queryOne(
        "read note ledger",
        "SELECT " + COLUMNS + " FROM " + tables.note
            + " WHERE conn = ? AND direction = ? AND target_note_id = ? ORDER BY seq",
        JdbcNoteLedger::read,
        conn, direction.name(), targetNoteId);
  }

  @Override
  public boolean containsContent(NoteDirection direction, String threadId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(threadId, "thread id");
    StoreArguments.requireKey(contentHash, "content hash");
    return jdbc.queryOne(
            "read note ledger",
            "SELECT 1 FROM " + tables.note
                + " WHERE conn = ? AND direction = ? AND thread_id = ? AND content_hash = ?",
            row -> Boolean.TRUE,
            conn, direction.name(), threadId, contentHash)
        .isPresent();
  }

  @Override
  public List<NoteRecord> list(String threadId) {
    StoreArguments.requireKey(threadId, "thread id");
    return jdbc.query(
        "list notes",
        "SELECT " + COLUMNS + " FROM " + tables.note + " WHERE conn = ? AND thread_id = ? ORDER BY seq",
        JdbcNoteLedger::read,
        conn, threadId);
  }

  private static NoteRecord read(ResultSet row) throws SQLException {
    return NoteRecord.builder()
        .direction(NoteDirection.valueOf(row.getString("direction")))
        .threadId(row.getString("thread_id"))
        .sourceNoteId(row.getString("source_note_id"))
        .contentHash(row.getString("content_hash"))
        .targetNoteId(Optional.ofNullable(row.getString("target_note_id")))
        .recordedAt(Jdbc.instant(row.getLong("recorded_at")))
        .build();
  }
}
