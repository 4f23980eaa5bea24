package io.workbridge.client.spi.json.testmodel;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** A model declared as an abstract class, with the generated static builder (no extending builder). */
@Value.Immutable
public abstract class AmountDto {
  public abstract BigDecimal value();

  public abstract String currency();

  /** A helper that is not an attribute. */
  public String display() {
    return value().toPlainString() + " " + currency();
  }
}
