package io.workbridge.sync.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A change to an existing ServiceTitan booking; absent fields stay as they are. */
@Value.Immutable
public interface BookingUpdate {

  /** {@return the new summary text (redacted in {@code toString()}, it may carry an IVR PIN)} */
  @Value.Redacted
  Optional<String> summary();

  /** {@return the new status, e.g. {@link BookingStatus#ACCEPTED} when ServiceChannel says so (SC-6)} */
  Optional<BookingStatus> status();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BookingUpdate} instances. */
  final class Builder extends ImmutableBookingUpdate.Builder {}
}
