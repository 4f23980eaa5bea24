package io.workbridge.servicetitan.model;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A technician. */
@Value.Immutable
public interface Technician {

  /** The technician id. */
  long id();

  /** The user of the technician: what {@code createdById} on records the technician wrote refers to. */
  OptionalLong userId();

  /** The name. */
  String name();

  /** The home business unit. */
  OptionalLong businessUnitId();

  /** Email. */
  Optional<String> email();

  /** Phone number. */
  Optional<String> phoneNumber();

  /** Whether the technician is active. */
  boolean active();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Technician} instances. */
  final class Builder extends ImmutableTechnician.Builder {}
}
