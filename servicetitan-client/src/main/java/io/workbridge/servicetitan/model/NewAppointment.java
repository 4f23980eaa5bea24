package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An appointment to create with a job or add to it. */
@Value.Immutable
public interface NewAppointment {

  /** {@return start} */
  Instant start();

  /** {@return end} */
  Instant end();

  /** {@return arrival window start} */
  Optional<Instant> arrivalWindowStart();

  /** {@return arrival window end} */
  Optional<Instant> arrivalWindowEnd();

  /** {@return technicians to assign} */
  List<Long> technicianIds();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewAppointment} instances. */
  final class Builder extends ImmutableNewAppointment.Builder {}
}
