package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An appointment of a job (a job has at least one). Read from job planning ({@code Jpm.V2.AppointmentResponse})
 * and from the answers of technician assignment ({@code Dispatch.V2.AppointmentResponse}), which carry less:
 * no customer, no confirmation flag and no active flag.
 */
@Value.Immutable
public interface Appointment {

  /** The appointment id. */
  long id();

  /** The job. */
  long jobId();

  /** The number shown to people. */
  Optional<String> appointmentNumber();

  /** Start. */
  Instant start();

  /** End. */
  Instant end();

  /** Arrival window start. */
  Optional<Instant> arrivalWindowStart();

  /** Arrival window end. */
  Optional<Instant> arrivalWindowEnd();

  /** Status. */
  AppointmentStatus status();

  /** Special instructions. */
  Optional<String> specialInstructions();

  /** The customer; absent in the answers of technician assignment, whose schema has no customer. */
  OptionalLong customerId();

  /** Whether the appointment is confirmed; false when the answer does not say (technician assignment). */
  boolean isConfirmed();

  /** Whether the record is active; true when the answer does not say (technician assignment). */
  boolean active();

  /** When it was created. */
  Instant createdOn();

  /** When it was last modified. */
  Instant modifiedOn();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Appointment} instances. */
  final class Builder extends ImmutableAppointment.Builder {}
}
