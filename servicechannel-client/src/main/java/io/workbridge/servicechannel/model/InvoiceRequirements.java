package io.workbridge.servicechannel.model;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A subscriber's invoice rules, read before creating an invoice. */
@Value.Immutable
public interface InvoiceRequirements {
  /** Whether {@code InvoiceText} (the resolution) is required. */
  boolean requireResolutionText();

  /** Trades whose invoices must itemise labour. */
  List<Long> laborTradeIds();

  /** Trades whose invoices must itemise materials. */
  List<Long> materialsTradeIds();

  /** Categories whose invoices must itemise labour. */
  List<Long> laborCategoryIds();

  /** Categories whose invoices must itemise materials. */
  List<Long> materialsCategoryIds();

  /** Days before the posting date an invoice date may lie. */
  OptionalInt daysBeforePostingDate();

  /** Days after the posting date an invoice date may lie. */
  OptionalInt maxDaysAfterPostingDate();

  /** Whether the provider may add sales tax. */
  boolean providerMayAddSalesTax();

  /** Whether a work order of this trade and category needs labour line items. */
  default boolean requiresLaborLines(long tradeId, long categoryId) {
    return laborTradeIds().contains(tradeId) || laborCategoryIds().contains(categoryId);
  }

  /** Whether a work order of this trade and category needs material line items. */
  default boolean requiresMaterialLines(long tradeId, long categoryId) {
    return materialsTradeIds().contains(tradeId) || materialsCategoryIds().contains(categoryId);
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InvoiceRequirements}. */
  class Builder extends ImmutableInvoiceRequirements.Builder {}
}
