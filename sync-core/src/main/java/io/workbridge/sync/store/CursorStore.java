package io.workbridge.sync.store;

import java.util.Optional;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Per-stream read positions. A stream is a named source of changes (e.g. "sc.work-orders",
 * "st.jobs"); its cursor is an opaque string (a timestamp, a continuation token, ...) that only the
 * workflow reading the stream interprets; it is non-blank and has no length limit. Cursors advance with compare-and-set, so two processes
 * polling the same stream cannot move it backwards or skip each other's work. Scoped to one connection;
 * thread-safe.
 */
public interface CursorStore {
  /**
   * {@return the stream's current cursor, or empty if it was never set}
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   */
  Optional<String> get(String stream);

  /**
   * Sets the stream's cursor to {@code next} only if its current value equals {@code expected}
   * ({@code null} meaning "no cursor yet").
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @param expected the cursor value expected now, or {@code null} for none
   * @param next the new cursor value
   * @return true if the cursor was changed, false if the current value differed from
   *     {@code expected}
   */
  boolean compareAndSet(String stream, @Nullable String expected, String next);

  /**
   * Sets the stream's cursor unconditionally (an operator's resync or rewind).
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @param value the new cursor value
   */
  void set(String stream, String value);

  /**
   * Removes the stream's cursor, so the stream is read from its start (activation instant) again.
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @return true if a cursor was removed
   */
  boolean reset(String stream);

  /**
   * {@return every stream's cursor, by stream name in alphabetical order (for status reports)}
   *
   * @throws UnsupportedOperationException if the adapter cannot list cursors
   */
  default SortedMap<String, String> list() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot list cursors");
  }
}
