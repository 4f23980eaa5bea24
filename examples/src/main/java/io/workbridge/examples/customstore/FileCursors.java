package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.CursorStore;
import io.workbridge.sync.store.StoreArguments;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The {@link CursorStore} of one connection in a {@link FileSyncStore}. */
final class FileCursors implements CursorStore {
  private final StateFile file;
  private final ConnectionId connectionId;

  FileCursors(StateFile file, ConnectionId connectionId) {
    this.file = file;
    this.connectionId = connectionId;
  }

  @Override
  public Optional<String> get(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return file.read(connectionId, state -> Optional.ofNullable(state.cursors.get(stream)));
  }

  @Override
  public boolean compareAndSet(String stream, String expected, String next) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireText(next, "cursor");
    return file.write(
        connectionId,
        state -> {
          if (!Objects.equals(state.cursors.get(stream), expected)) {
            return false;
          }
          state.cursors.put(stream, next);
          return true;
        });
  }

  @Override
  public void set(String stream, String value) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireText(value, "cursor");
    file.write(connectionId, state -> state.cursors.put(stream, value));
  }

  @Override
  public boolean reset(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return file.write(connectionId, state -> state.cursors.remove(stream) != null);
  }

  @Override
  public SortedMap<String, String> list() {
    return file.read(connectionId, state -> Collections.unmodifiableSortedMap(new TreeMap<>(state.cursors)));
  }
}
