package io.workbridge.sync.model;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** One visit of a ServiceTitan job, with its status and assigned technicians. */
@Value.Immutable
public interface Appointment {

  /** The ServiceTitan appointment id. */
  long id();

  /** The job it belongs to. */
  long jobId();

  /** Its status. */
  AppointmentStatus status();

  /** ServiceTitan ids of the technicians assigned to it. */
  List<Long> technicianIds();

  /** When it last changed. */
  Instant modifiedAt();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Appointment} instances. */
  final class Builder extends ImmutableAppointment.Builder {}
}
