package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionParts;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.ReservationOwner;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * A custom storage adapter, written the way an integrator would: a {@link SyncStore} kept in one local file,
 * for a single process that should survive restarts without running a database.
 *
 * <p>All state is held in memory under one lock and the whole file is rewritten, atomically, after every
 * change (see {@code StateFile}); each part of the SPI is a small class over that state ({@code FileLinks},
 * {@code FileEffects}, ...) that checks its arguments with {@link io.workbridge.sync.store.StoreArguments} —
 * as every adapter should, so all of them reject the same input — and reads time only from the settings'
 * clock. It passes sync-core's {@code SyncStoreContract} ({@code FileSyncStoreContractTest}).
 *
 * <pre>{@code
 * try (SyncStore store = FileSyncStore.open(Path.of("workbridge-state.bin"), SyncStoreSettings.defaults())) {
 *   WorkOrderSync sync = new WorkOrderSync(serviceChannel, serviceTitan, store.connection(id), settings);
 *   sync.runCycle();
 * }
 * }</pre>
 *
 * <p>Not for several processes: two processes opening one file would overwrite each other's changes. Use
 * {@code JdbcSyncStore} on PostgreSQL for that.
 */
public final class FileSyncStore implements SyncStore {
  private final StateFile file;
  private final SyncStoreSettings settings;
  /** This process's identity on the effects it reserves (reclaims its previous incarnation's at once). */
  private final ReservationOwner owner;

  private FileSyncStore(StateFile file, SyncStoreSettings settings) {
    this.file = file;
    this.settings = settings;
    this.owner = ReservationOwner.newIncarnation(settings.owner());
  }

  /**
   * Opens the store kept in {@code file}, creating it (and its directory) on the first change if it does
   * not exist yet.
   *
   * @throws io.workbridge.sync.store.StoreException if the file exists but cannot be read
   */
  public static FileSyncStore open(Path file, SyncStoreSettings settings) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(settings, "settings");
    return new FileSyncStore(StateFile.open(file), settings);
  }

  @Override
  public ConnectionStore connection(ConnectionId connectionId) {
    Objects.requireNonNull(connectionId, "connectionId");
    Clock clock = settings.clock();
    return new ConnectionParts(
        connectionId,
        new FileLinks(file, connectionId),
        new FileMappings(file, connectionId, clock),
        new FileCursors(file, connectionId),
        new FileEffects(file, connectionId, clock, settings.defaultLease(), owner),
        new FileNotes(file, connectionId, clock),
        new FileQuarantine(file, connectionId, clock),
        new FileHeldLeads(file, connectionId, clock),
        new FileDeferredRecords(file, connectionId, clock));
  }

  /** Every change is already in the file; later calls are refused. */
  @Override
  public void close() {
    file.close();
  }

  @Override
  public String toString() {
    return "FileSyncStore{" + file + "}";
  }
}
