package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A technician's arrival at a job site (from ServiceTitan timesheets), the trigger of SC-11. */
@Value.Immutable
public interface TechnicianArrival {

  /** {@return the job} */
  long jobId();

  /** {@return the appointment (visit)} */
  long appointmentId();

  /** {@return the ServiceTitan technician id} */
  long technicianId();

  /** {@return the technician's name, when known} */
  Optional<String> technicianName();

  /** {@return when the technician arrived} */
  Instant arrivedAt();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TechnicianArrival} instances. */
  final class Builder extends ImmutableTechnicianArrival.Builder {}
}
