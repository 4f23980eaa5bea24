package io.workbridge.servicechannel.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** A labour line item of an invoice. */
@Value.Immutable
public interface LaborLine {
  /** {@return 1 supervisor, 2 technician, 3 helper} */
  int skillLevel();

  /** {@return 1 regular, 2 overtime, 3 double time} */
  int laborType();

  /** {@return number of workers} */
  int technicians();

  /** {@return hourly rate} */
  BigDecimal hourlyRate();

  /** {@return hours worked} */
  BigDecimal hours();

  /** {@return the line amount} */
  BigDecimal amount();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LaborLine}. */
  class Builder extends ImmutableLaborLine.Builder {}
}
