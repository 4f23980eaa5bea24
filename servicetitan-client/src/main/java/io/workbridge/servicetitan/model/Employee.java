package io.workbridge.servicetitan.model;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** An employee of the tenant (office staff: CSRs, dispatchers, managers); technicians are listed separately. */
@Value.Immutable
public interface Employee {

  /** {@return the employee id} */
  long id();

  /** {@return the user of the employee: what {@code createdById} on records the employee wrote refers to} */
  OptionalLong userId();

  /** {@return the name} */
  String name();

  /** {@return the business unit the employee belongs to} */
  OptionalLong businessUnitId();

  /** {@return email} */
  Optional<String> email();

  /** {@return phone number} */
  Optional<String> phoneNumber();

  /** {@return whether the employee is active} */
  boolean active();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Employee} instances. */
  final class Builder extends ImmutableEmployee.Builder {}
}
