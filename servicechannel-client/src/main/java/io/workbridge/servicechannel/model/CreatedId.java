package io.workbridge.servicechannel.model;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The id of a record a successful write created, and how it was learned.
 *
 * <p>The official description gives the 201 answers of note and invoice creation no body schema, and the
 * check-in/out answer's {@code MechanicId} is optional: ServiceChannel may answer a successful write without
 * the id. Such a write is still a success — the record exists — so the client never throws for it (a caller
 * retrying would write twice). Where a lookup can find the record (notes by their text, invoices by their
 * number), the client runs one and reports {@link IdSource#LOOKUP}; when neither the answer nor the lookup
 * gives the id, {@link #id()} is empty and {@link #source()} is {@link IdSource#UNRESOLVED}. Do not repeat the
 * write in that case; find the record later instead.
 */
@Value.Immutable
public interface CreatedId {
  /** {@return the new record's id; empty only when {@link #source()} is {@link IdSource#UNRESOLVED}} */
  OptionalLong id();

  /** {@return how the id was learned} */
  IdSource source();

  /** {@return whether the id is known} */
  default boolean isKnown() {
    return id().isPresent();
  }

  /** Requires an id exactly when the source says there is one. */
  @Value.Check
  default void check() {
    if (id().isPresent() == (source() == IdSource.UNRESOLVED)) {
      throw new IllegalStateException("an id must be present exactly when its source is ANSWER or LOOKUP");
    }
  }

  /**
   * {@return the id as ServiceChannel's answer carried it}
   *
   * @param id the id in the answer
   */
  static CreatedId fromAnswer(long id) {
    return new Builder().id(id).source(IdSource.ANSWER).build();
  }

  /**
   * {@return the id a lookup after the write found}
   *
   * @param id the id the lookup found
   */
  static CreatedId fromLookup(long id) {
    return new Builder().id(id).source(IdSource.LOOKUP).build();
  }

  /** {@return a record created whose id neither the answer nor a lookup gave} */
  static CreatedId unresolved() {
    return new Builder().source(IdSource.UNRESOLVED).build();
  }

  /** Builds {@link CreatedId}. */
  class Builder extends ImmutableCreatedId.Builder {}
}
