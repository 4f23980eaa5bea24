package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A technician's job timesheet for one appointment: when they were dispatched, arrived and finished. */
@Value.Immutable
public interface Timesheet {

  /** The timesheet id. */
  long id();

  /** The job. */
  long jobId();

  /** The appointment. */
  long appointmentId();

  /** The technician. */
  long technicianId();

  /** When the technician was dispatched. */
  Optional<Instant> dispatchedOn();

  /** When the technician arrived on site. */
  Optional<Instant> arrivedOn();

  /** When the visit was canceled. */
  Optional<Instant> canceledOn();

  /** When the technician finished. */
  Optional<Instant> doneOn();

  /** Whether the record is active. */
  boolean active();

  /** When it was last modified. */
  Instant modifiedOn();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Timesheet} instances. */
  final class Builder extends ImmutableTimesheet.Builder {}
}
