package io.workbridge.benchmarks.e2e;

import io.workbridge.runtime.LastCycle;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the cycles every process records in the shared store: each (connection, stream)'s last cycle is a
 * {@link LastCycle} record in the store's cursor table, rewritten when a cycle starts anew, so polling the table
 * often enough sees every start. One query reads all connections at once.
 */
final class CycleWatch {
  private final Connection database;
  private final String query;
  private final Map<Key, List<Instant>> starts = new HashMap<>();

  /**
   * @param database a connection to the shared database
   * @param schema the schema of the connections' tables
   */
  CycleWatch(Connection database, String schema) {
    this.database = database;
    this.query =
        "SELECT conn, stream, cursor_value FROM " + schema + ".wb_cursor WHERE stream LIKE '"
            + LastCycle.KEY_PREFIX + "%'";
  }

  /** One stream of one connection. */
  record Key(String connection, String stream) {}

  /** A pause between two cycle starts of one stream (or from its last start to the end of the watch). */
  record Gap(Key key, Instant from, Instant to) {
    /** {@return its length} */
    Duration length() {
      return Duration.between(from, to);
    }
  }

  /** Reads the table once and notes the starts not seen before. */
  void look() {
    try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        String stream = rows.getString(2).substring(LastCycle.KEY_PREFIX.length());
        Instant started = startOf(rows.getString(3));
        if (started != null) {
          List<Instant> list = starts.computeIfAbsent(new Key(rows.getString(1), stream), k -> new ArrayList<>());
          if (list.isEmpty() || !list.get(list.size() - 1).equals(started)) {
            list.add(started);
          }
        }
      }
    } catch (SQLException notYet) {
      // the first process has not created the tables yet
    }
  }

  /** {@return whether every one of {@code streams} streams started at least {@code times} times after {@code after}} */
  boolean everyStreamStarted(int streams, Instant after, int times) {
    return starts.size() >= streams
        && starts.values().stream().allMatch(list -> list.stream().filter(after::isBefore).count() >= times);
  }

  /** {@return the starts seen of each stream of each connection} */
  Map<Key, List<Instant>> starts() {
    return Collections.unmodifiableMap(starts);
  }

  /** {@return how many cycles of the stream started within [from, to), over all connections} */
  long startsOf(String stream, Instant from, Instant to) {
    return starts().entrySet().stream()
        .filter(entry -> entry.getKey().stream().equals(stream))
        .flatMap(entry -> entry.getValue().stream())
        .filter(start -> !start.isBefore(from) && start.isBefore(to))
        .count();
  }

  /** {@return the fewest cycles of the stream any connection started within [from, to)} */
  long fewestStartsOf(String stream, int connections, Instant from, Instant to) {
    List<Long> counts =
        starts().entrySet().stream()
            .filter(entry -> entry.getKey().stream().equals(stream))
            .map(entry -> entry.getValue().stream().filter(s -> !s.isBefore(from) && s.isBefore(to)).count())
            .toList();
    return counts.size() < connections ? 0 : counts.stream().mapToLong(Long::longValue).min().orElse(0);
  }

  /**
   * The longest pause between two starts of the stream on any connection whose later end falls within
   * (from, to]; a stream's last start counts as a pause until {@code to} when it ends after {@code from}.
   *
   * @param stream the stream name
   * @param from the window's start
   * @param to the window's end
   * @return the longest pause, or empty when no stream started
   */
  Optional<Gap> longestGap(String stream, Instant from, Instant to) {
    Gap longest = null;
    for (Map.Entry<Key, List<Instant>> entry : starts().entrySet()) {
      if (!entry.getKey().stream().equals(stream)) {
        continue;
      }
      List<Instant> list = new ArrayList<>(entry.getValue().stream().filter(s -> !s.isAfter(to)).toList());
      list.add(to);
      for (int i = 1; i < list.size(); i++) {
        Gap gap = new Gap(entry.getKey(), list.get(i - 1), list.get(i));
        if (gap.to().isAfter(from) && (longest == null || gap.length().compareTo(longest.length()) > 0)) {
          longest = gap;
        }
      }
    }
    return Optional.ofNullable(longest);
  }

  private static Instant startOf(String value) {
    try {
      return Instant.parse(value.substring(0, value.indexOf('|')));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException unreadable) {
      return null;
    }
  }
}
