package io.workbridge.sync.model;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** One visit of a ServiceTitan job, with its status and assigned technicians. */
@Value.Immutable
public interface Appointment {

  /** {@return the ServiceTitan appointment id} */
  long id();

  /** {@return the job it belongs to} */
  long jobId();

  /** {@return its status} */
  AppointmentStatus status();

  /**
   * {@return ServiceTitan ids of the technicians assigned to it, when it is {@code Working} or {@code Done} (the
   * statuses in which technicians are checked in and out); a source may leave it empty in the other statuses,
   * where nothing depends on it}
   */
  List<Long> technicianIds();

  /** {@return when it last changed} */
  Instant modifiedAt();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Appointment} instances. */
  final class Builder extends ImmutableAppointment.Builder {}
}
