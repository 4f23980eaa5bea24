package io.workbridge.servicechannel.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A material line item of an invoice. */
@Value.Immutable
public interface MaterialLine {
  /** {@return what the material is (at most 100 characters)} */
  String description();

  /** {@return part number} */
  Optional<String> partNumber();

  /** {@return unit: 1 each, 2 box, 3 feet, 4 sqft, 5 lbs, 6 gal, 7 oz} */
  @Value.Default
  default int unitType() {
    return 1;
  }

  /** {@return price per unit} */
  BigDecimal unitPrice();

  /** {@return quantity} */
  BigDecimal quantity();

  /** {@return the line amount} */
  BigDecimal amount();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MaterialLine}. */
  class Builder extends ImmutableMaterialLine.Builder {}
}
