package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.StoreException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.function.Function;

/**
 * The state of every connection, held in memory under one lock and written to one file after every change.
 *
 * <p>One lock makes each operation atomic — compare-and-set, reserve-if-free — without any cleverness. Each
 * change is written to a temporary file that then replaces the store file in one atomic rename, so the file
 * always holds a complete state: a process killed at any point restarts from the last change that returned.
 * (Renames survive a process crash; to survive a power cut as well, force the temporary file to disk before
 * the rename.) Writing the whole state each time keeps the code short and suits a few thousand records; a
 * bigger installation wants a database — see {@code JdbcSyncStore}.
 */
final class StateFile {
  /** Reading accepts nothing but the state's own classes and the JDK types they are made of. */
  private static final ObjectInputFilter STATE_CLASSES_ONLY =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=10;io.workbridge.examples.customstore.*;io.workbridge.sync.store.MappingOrigin;"
              + "io.workbridge.sync.store.NoteDirection;java.lang.*;java.util.*;java.time.*;!*");

  private final Path path;
  private final Path temporary;
  private final HashMap<String, ConnectionState> connections;
  private boolean closed;
  private boolean unsaved;

  private StateFile(Path path, HashMap<String, ConnectionState> connections) {
    this.path = path;
    this.temporary = path.resolveSibling(path.getFileName() + ".tmp");
    this.connections = connections;
  }

  /** Reads the file, or starts empty when there is none yet (creating its directory). */
  static StateFile open(Path path) {
    Path file = path.toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      if (Files.notExists(file)) {
        return new StateFile(file, new HashMap<>());
      }
      try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        in.setObjectInputFilter(STATE_CLASSES_ONLY);
        @SuppressWarnings("unchecked")
        HashMap<String, ConnectionState> state = (HashMap<String, ConnectionState>) in.readObject();
        return new StateFile(file, state);
      }
    } catch (IOException | ClassNotFoundException | ClassCastException failure) {
      throw new StoreException("cannot read the store file " + file, failure);
    }
  }

  /** Answers {@code query} from one connection's state (empty when it never stored anything). */
  synchronized <T> T read(ConnectionId connectionId, Function<ConnectionState, T> query) {
    checkUsable();
    ConnectionState state = connections.get(connectionId.value());
    return query.apply(state != null ? state : new ConnectionState());
  }

  /**
   * Applies {@code change} to one connection's state and writes the file before returning. A change checks
   * everything before it modifies anything, so one that throws has changed nothing.
   */
  synchronized <T> T write(ConnectionId connectionId, Function<ConnectionState, T> change) {
    checkUsable();
    T result = change.apply(connections.computeIfAbsent(connectionId.value(), id -> new ConnectionState()));
    save();
    return result;
  }

  /** Refuses every later call; the file already holds every change. */
  synchronized void close() {
    closed = true;
  }

  private void save() {
    try {
      try (ObjectOutputStream out =
          new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
        out.writeObject(connections);
      }
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException failure) {
      // Memory is now ahead of the file: stop rather than let a later change be saved on top of a lost one.
      unsaved = true;
      throw new StoreException("cannot write the store file " + path + "; reopen the store to continue", failure);
    }
  }

  private void checkUsable() {
    if (closed) {
      throw new StoreException("the store " + path + " is closed");
    }
    if (unsaved) {
      throw new StoreException("a change could not be written to " + path + "; reopen the store to continue");
    }
  }

  @Override
  public String toString() {
    return "StateFile{" + path + "}";
  }
}
