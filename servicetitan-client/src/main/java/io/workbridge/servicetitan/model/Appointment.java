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

  /** {@return the appointment id} */
  long id();

  /** {@return the job} */
  long jobId();

  /** {@return the number shown to people} */
  Optional<String> appointmentNumber();

  /** {@return start} */
  Instant start();

  /** {@return end} */
  Instant end();

  /** {@return arrival window start} */
  Optional<Instant> arrivalWindowStart();

  /** {@return arrival window end} */
  Optional<Instant> arrivalWindowEnd();

  /** {@return status} */
  AppointmentStatus status();

  /** {@return special instructions} */
  Optional<String> specialInstructions();

  /** {@return the customer; absent in the answers of technician assignment, whose schema has no customer} */
  OptionalLong customerId();

  /**
   * {@return whether the appointment is confirmed; false when the answer does not say (technician
   * assignment)}
   */
  boolean isConfirmed();

  /** {@return whether the record is active; true when the answer does not say (technician assignment)} */
  boolean active();

  /** {@return when it was created} */
  Instant createdOn();

  /** {@return when it was last modified} */
  Instant modifiedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Appointment} instances. */
  final class Builder extends ImmutableAppointment.Builder {}
}
