package io.workbridge.servicetitan.model;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** An employee of the tenant (office staff: CSRs, dispatchers, managers); technicians are listed separately. */
@Value.Immutable
public interface Employee {

  /** The employee id. */
  long id();

  /** The user of the employee: what {@code createdById} on records the employee wrote refers to. */
  OptionalLong userId();

  /** The name. */
  String name();

  /** The business unit the employee belongs to. */
  OptionalLong businessUnitId();

  /** Email. */
  Optional<String> email();

  /** Phone number. */
  Optional<String> phoneNumber();

  /** Whether the employee is active. */
  boolean active();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Employee} instances. */
  final class Builder extends ImmutableEmployee.Builder {}
}
