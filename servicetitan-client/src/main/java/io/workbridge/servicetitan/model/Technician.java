package io.workbridge.servicetitan.model;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A technician. */
@Value.Immutable
public interface Technician {

  /** {@return the technician id} */
  long id();

  /**
   * {@return the user of the technician: what {@code createdById} on records the technician wrote refers to}
   */
  OptionalLong userId();

  /** {@return the name} */
  String name();

  /** {@return the home business unit} */
  OptionalLong businessUnitId();

  /** {@return email} */
  Optional<String> email();

  /** {@return phone number} */
  Optional<String> phoneNumber();

  /** {@return whether the technician is active} */
  boolean active();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Technician} instances. */
  final class Builder extends ImmutableTechnician.Builder {}
}
