package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** An appointment of a job (a job has at least one). */
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

  /** The customer. */
  long customerId();

  /** Whether the appointment is confirmed. */
  boolean isConfirmed();

  /** Whether the record is active. */
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
