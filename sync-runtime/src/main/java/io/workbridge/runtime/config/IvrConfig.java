package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a subscriber wants technicians to check in by phone (SC-2): written on the booking, since
 * ServiceChannel's API does not return it. The PIN comes from an environment variable and is never shown.
 */
@Value.Immutable
public interface IvrConfig {
  /** {@return the IVR phone number to call} */
  Optional<String> phone();

  /** {@return free-text check-in instructions} */
  String instructions();

  /** {@return the provider's IVR PIN; from an environment variable} */
  Optional<Secret> pin();

  /** Checks the instructions are written. */
  @Value.Check
  default void check() {
    new Checks().notBlank(instructions(), "instructions").done("ivr");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IvrConfig} instances. */
  final class Builder extends ImmutableIvrConfig.Builder {}
}
