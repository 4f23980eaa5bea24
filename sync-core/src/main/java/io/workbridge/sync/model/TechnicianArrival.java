package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A technician's arrival at a job site (from ServiceTitan timesheets), the trigger of SC-11. */
@Value.Immutable
public interface TechnicianArrival {

  /** The job. */
  long jobId();

  /** The appointment (visit). */
  long appointmentId();

  /** The ServiceTitan technician id. */
  long technicianId();

  /** The technician's name, when known. */
  Optional<String> technicianName();

  /** When the technician arrived. */
  Instant arrivedAt();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TechnicianArrival} instances. */
  final class Builder extends ImmutableTechnicianArrival.Builder {}
}
