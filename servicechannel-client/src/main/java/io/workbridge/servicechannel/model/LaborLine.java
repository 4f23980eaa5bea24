package io.workbridge.servicechannel.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** A labour line item of an invoice. */
@Value.Immutable
public interface LaborLine {
  /** 1 supervisor, 2 technician, 3 helper. */
  int skillLevel();

  /** 1 regular, 2 overtime, 3 double time. */
  int laborType();

  /** Number of workers. */
  int technicians();

  /** Hourly rate. */
  BigDecimal hourlyRate();

  /** Hours worked. */
  BigDecimal hours();

  /** The line amount. */
  BigDecimal amount();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LaborLine}. */
  class Builder extends ImmutableLaborLine.Builder {}
}
