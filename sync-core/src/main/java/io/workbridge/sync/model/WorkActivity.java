package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One check-in (and, once it happened, its check-out) recorded on a ServiceChannel work order. */
@Value.Immutable
public interface WorkActivity {

  /** {@return the ServiceChannel user checked in, or empty for the API user} */
  Optional<Long> userId();

  /** {@return when the check-in happened} */
  Instant checkedInAt();

  /** {@return when the check-out happened, if it did} */
  Optional<Instant> checkedOutAt();

  /** {@return whether the activity is still open (checked in, not yet out)} */
  @Value.Derived
  @Value.Auxiliary
  default boolean isOpen() {
    return checkedOutAt().isEmpty();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkActivity} instances. */
  final class Builder extends ImmutableWorkActivity.Builder {}
}
