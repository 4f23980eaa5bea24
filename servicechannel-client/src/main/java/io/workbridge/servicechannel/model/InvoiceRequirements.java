package io.workbridge.servicechannel.model;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A subscriber's invoice rules, read before creating an invoice. */
@Value.Immutable
public interface InvoiceRequirements {
  /** {@return whether {@code InvoiceText} (the resolution) is required} */
  boolean requireResolutionText();

  /** {@return trades whose invoices must itemise labour} */
  List<Long> laborTradeIds();

  /** {@return trades whose invoices must itemise materials} */
  List<Long> materialsTradeIds();

  /** {@return categories whose invoices must itemise labour} */
  List<Long> laborCategoryIds();

  /** {@return categories whose invoices must itemise materials} */
  List<Long> materialsCategoryIds();

  /** {@return days before the posting date an invoice date may lie} */
  OptionalInt daysBeforePostingDate();

  /** {@return days after the posting date an invoice date may lie} */
  OptionalInt maxDaysAfterPostingDate();

  /** {@return whether the provider may add sales tax} */
  boolean providerMayAddSalesTax();

  /**
   * {@return whether a work order of this trade and category needs labour line items}
   *
   * @param tradeId the trade's id
   * @param categoryId the category's id
   */
  default boolean requiresLaborLines(long tradeId, long categoryId) {
    return laborTradeIds().contains(tradeId) || laborCategoryIds().contains(categoryId);
  }

  /**
   * {@return whether a work order of this trade and category needs material line items}
   *
   * @param tradeId the trade's id
   * @param categoryId the category's id
   */
  default boolean requiresMaterialLines(long tradeId, long categoryId) {
    return materialsTradeIds().contains(tradeId) || materialsCategoryIds().contains(categoryId);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InvoiceRequirements}. */
  class Builder extends ImmutableInvoiceRequirements.Builder {}
}
