package io.workbridge.sync.store;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/** In-memory {@link CursorStore} on a concurrent map (its atomic replace is the compare-and-set). */
final class InMemoryCursorStore implements CursorStore {
  private final ConcurrentMap<String, String> cursors = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(String stream) {
    return Optional.ofNullable(cursors.get(StoreArguments.requireKey(stream, "stream")));
  }

  @Override
  public boolean compareAndSet(String stream, @Nullable String expected, String next) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireText(next, "next");
    if (expected == null) {
      return cursors.putIfAbsent(stream, next) == null;
    }
    return cursors.replace(stream, expected, next);
  }

  @Override
  public void set(String stream, String value) {
    StoreArguments.requireKey(stream, "stream");
    cursors.put(stream, StoreArguments.requireText(value, "value"));
  }

  @Override
  public SortedMap<String, String> list() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(cursors));
  }

  @Override
  public boolean reset(String stream) {
    return cursors.remove(StoreArguments.requireKey(stream, "stream")) != null;
  }
}
