package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A technician assigned to an appointment. */
@Value.Immutable
public interface AppointmentAssignment {

  /** {@return the assignment id} */
  long id();

  /** {@return the technician} */
  long technicianId();

  /** {@return the technician name} */
  Optional<String> technicianName();

  /** {@return the job} */
  long jobId();

  /** {@return the appointment} */
  long appointmentId();

  /** {@return status} */
  AssignmentStatus status();

  /** {@return when the technician was assigned} */
  Optional<Instant> assignedOn();

  /** {@return whether the work is paused} */
  boolean isPaused();

  /** {@return whether the record is active (unassigned technicians are inactive)} */
  boolean active();

  /** {@return when it was last modified} */
  Instant modifiedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AppointmentAssignment} instances. */
  final class Builder extends ImmutableAppointmentAssignment.Builder {}
}
