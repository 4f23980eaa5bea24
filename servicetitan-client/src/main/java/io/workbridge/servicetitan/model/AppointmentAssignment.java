package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A technician assigned to an appointment. */
@Value.Immutable
public interface AppointmentAssignment {

  /** The assignment id. */
  long id();

  /** The technician. */
  long technicianId();

  /** The technician name. */
  Optional<String> technicianName();

  /** The job. */
  long jobId();

  /** The appointment. */
  long appointmentId();

  /** Status. */
  AssignmentStatus status();

  /** When the technician was assigned. */
  Optional<Instant> assignedOn();

  /** Whether the work is paused. */
  boolean isPaused();

  /** Whether the record is active (unassigned technicians are inactive). */
  boolean active();

  /** When it was last modified. */
  Instant modifiedOn();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AppointmentAssignment} instances. */
  final class Builder extends ImmutableAppointmentAssignment.Builder {}
}
