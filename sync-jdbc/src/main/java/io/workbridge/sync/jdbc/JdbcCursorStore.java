package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.CursorStore;
import io.workbridge.sync.store.StoreArguments;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** {@link CursorStore} on the cursor table; compare-and-set is a conditional update (or insert). */
final class JdbcCursorStore implements CursorStore {
  private final Jdbc jdbc;
  private final Tables tables;
  private final String conn;

  JdbcCursorStore(Jdbc jdbc, Tables tables, String conn) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.conn = conn;
  }

  @Override
  public Optional<String> get(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return jdbc.queryOne(
        "read cursor",
        "SELECT cursor_value FROM " + tables.cursor + " WHERE conn = ? AND stream = ?",
        row -> row.getString(1),
        conn, stream);
  }

  @Override
  public boolean compareAndSet(String stream, @Nullable String expected, String next) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireText(next, "next");
    if (expected == null) {
      return jdbc.insertUnlessExists(
          "set cursor",
          "INSERT INTO " + tables.cursor + " (conn, stream, cursor_value) VALUES (?, ?, ?)",
          conn, stream, next);
    }
    return jdbc.update(
            "set cursor",
            "UPDATE " + tables.cursor + " SET cursor_value = ? WHERE conn = ? AND stream = ? AND cursor_value = ?",
            next, conn, stream, expected)
        == 1;
  }

  @Override
  public void set(String stream, String value) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireText(value, "value");
    jdbc.updateOrInsert(
        "set cursor " + stream,
        () ->
            jdbc.update(
                    "set cursor",
                    "UPDATE " + tables.cursor + " SET cursor_value = ? WHERE conn = ? AND stream = ?",
                    value, conn, stream)
                == 1,
        () ->
            jdbc.insertUnlessExists(
                "set cursor",
                "INSERT INTO " + tables.cursor + " (conn, stream, cursor_value) VALUES (?, ?, ?)",
                conn, stream, value));
  }

  @Override
  public SortedMap<String, String> list() {
    SortedMap<String, String> cursors = new TreeMap<>();
    jdbc.query(
            "list cursors",
            "SELECT stream, cursor_value FROM " + tables.cursor + " WHERE conn = ?",
            row -> Map.entry(row.getString(1), row.getString(2)),
            conn)
        .forEach(entry -> cursors.put(entry.getKey(), entry.getValue()));
    return Collections.unmodifiableSortedMap(cursors);
  }

  @Override
  public boolean reset(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return jdbc.update(
            "reset cursor",
            "DELETE FROM " + tables.cursor + " WHERE conn = ? AND stream = ?",
            conn, stream)
        == 1;
  }
}
