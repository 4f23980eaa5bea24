package io.workbridge.testkit.servicetitan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One kind of record (customers, jobs, …) as JSON trees in the wire shape. Every write stamps {@code
 * modifiedOn} and a change sequence number, which orders the export feed. A record keeps only its last
 * change number, so the feed holds it once, where its last change put it.
 */
final class StTable {
  private final String name;
  private final StState state;
  private final Map<Long, Map<String, @Nullable Object>> rows = new LinkedHashMap<>();
  private final Map<Long, Long> changes = new LinkedHashMap<>();

  StTable(String name, StState state) {
    this.name = name;
    this.state = state;
  }

  String name() {
    return name;
  }

  /** Inserts a new record with a fresh id, {@code createdOn}/{@code modifiedOn} now and active. */
  Map<String, @Nullable Object> insert(Map<String, @Nullable Object> row) {
    long id = state.nextId();
    Map<String, @Nullable Object> stored = new LinkedHashMap<>();
    stored.put("id", id);
    stored.putAll(row);
    stored.putIfAbsent("createdOn", state.now().toString());
    stored.putIfAbsent("active", true);
    rows.put(id, stored);
    touch(id);
    return stored;
  }

  /** Marks a record changed now (after its fields were modified in place). */
  void touch(long id) {
    Map<String, @Nullable Object> row = require(id);
    row.put("modifiedOn", state.now().toString());
    changes.put(id, state.nextChange());
  }

  Optional<Map<String, @Nullable Object>> find(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  Map<String, @Nullable Object> require(long id) {
    Map<String, @Nullable Object> row = rows.get(id);
    if (row == null) {
      throw new IllegalArgumentException("No " + name + " with id " + id);
    }
    return row;
  }

  boolean contains(long id) {
    return rows.containsKey(id);
  }

  List<Map<String, @Nullable Object>> all() {
    return new ArrayList<>(rows.values());
  }

  List<Map<String, @Nullable Object>> where(Predicate<Map<String, @Nullable Object>> filter) {
    return rows.values().stream().filter(filter).toList();
  }

  int size() {
    return rows.size();
  }

  /** Records in change order, each with its change number. */
  List<Change> changesInOrder() {
    List<Change> result = new ArrayList<>();
    changes.forEach((id, seq) -> result.add(new Change(seq, rows.get(id))));
    result.sort(Comparator.comparingLong(Change::sequence));
    return result;
  }

  /** When a record was last modified. */
  static Instant modifiedOn(Map<String, @Nullable Object> row) {
    return Instant.parse(String.valueOf(row.get("modifiedOn")));
  }

  /** A record and its change number. */
  record Change(long sequence, Map<String, @Nullable Object> row) {}
}
