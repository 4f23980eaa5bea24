package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Where an incremental "changed since" walk of work orders resumes: the highest {@code UpdatedDate} seen, and
 * the versions (work order id → {@code UpdatedDate}) already delivered near it, so the overlap window re-reads
 * late replicas without delivering a work order version twice. Persist both parts between runs.
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
   * {@return a cursor for a first run, starting at {@code since}}
   *
   * @param since the earliest change time to include
   */
  static ChangeCursor startingAt(Instant since) {
    return new Builder().since(since).build();
  }

  /** {@return a new builder (to restore a persisted cursor)} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChangeCursor}. */
  class Builder extends ImmutableChangeCursor.Builder {}
}
