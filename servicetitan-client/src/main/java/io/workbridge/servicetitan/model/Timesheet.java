package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A technician's job timesheet for one appointment: when they were dispatched, arrived and finished. */
@Value.Immutable
public interface Timesheet {

  /** {@return the timesheet id} */
  long id();

  /** {@return the job} */
  long jobId();

  /** {@return the appointment} */
  long appointmentId();

  /** {@return the technician} */
  long technicianId();

  /** {@return when the technician was dispatched} */
  Optional<Instant> dispatchedOn();

  /** {@return when the technician arrived on site} */
  Optional<Instant> arrivedOn();

  /** {@return when the visit was canceled} */
  Optional<Instant> canceledOn();

  /** {@return when the technician finished} */
  Optional<Instant> doneOn();

  /** {@return whether the record is active} */
  boolean active();

  /** {@return when it was last modified} */
  Instant modifiedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Timesheet} instances. */
  final class Builder extends ImmutableTimesheet.Builder {}
}
