package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An appointment to create with a job or add to it. */
@Value.Immutable
public interface NewAppointment {

  /** Start. */
  Instant start();

  /** End. */
  Instant end();

  /** Arrival window start. */
  Optional<Instant> arrivalWindowStart();

  /** Arrival window end. */
  Optional<Instant> arrivalWindowEnd();

  /** Technicians to assign. */
  List<Long> technicianIds();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewAppointment} instances. */
  final class Builder extends ImmutableNewAppointment.Builder {}
}
