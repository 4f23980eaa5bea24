package io.workbridge.sync.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a subscriber wants technicians to check in by phone (IVR): the number to call, the
 * instructions, and the provider's IVR PIN. ServiceChannel's API does not return these, so the
 * integrator configures them per subscriber (SC-2). The PIN is a secret: it never appears in {@code
 * toString()} (SDK-6).
 */
@Value.Immutable
public interface IvrInfo {

  /** {@return the IVR phone number to call, when configured} */
  Optional<String> phoneNumber();

  /** {@return free-text check-in instructions, e.g. "call, enter PIN, then the work order number"} */
  String instructions();

  /** {@return the provider's IVR PIN, when configured} Redacted in {@code toString()}. */
  @Value.Redacted
  Optional<String> pin();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IvrInfo} instances. */
  final class Builder extends ImmutableIvrInfo.Builder {}
}
