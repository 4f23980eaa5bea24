package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an incremental "changed since" walk of work orders resumes: the highest {@code UpdatedDate} seen, the
 * instant before which every change was delivered (read once the read replicas settled), and the versions (work
 * order id → {@code UpdatedDate}) already delivered since then, so a walk neither delivers a version twice nor
 * loses one that reached the replicas late. Persist all parts between runs.
 */
@Value.Immutable
public interface ChangeCursor {
  /** {@return the highest {@code UpdatedDate} delivered so far (the start instant for a first run)} */
  Instant since();

  /**
   * {@return versions already delivered inside the overlap window: work order id → its {@code UpdatedDate}}
   */
  Map<Long, Instant> seen();

  /**
   * {@return the instant before which every change was delivered: changes from it on may still reach the read
   * replicas late; empty in a cursor persisted before this was kept (then {@code since} minus the overlap)}
   */
  Optional<Instant> checkedBefore();

  /**
   * {@return a cursor for a first run, starting at {@code since}}
   *
   * @param since the earliest change time to include
   */
  static ChangeCursor startingAt(Instant since) {
    return new Builder().since(since).checkedBefore(since).build();
  }

  /** {@return a new builder (to restore a persisted cursor)} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChangeCursor}. */
  class Builder extends ImmutableChangeCursor.Builder {}
}
