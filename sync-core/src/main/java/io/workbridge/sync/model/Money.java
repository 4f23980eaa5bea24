package io.workbridge.sync.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, e.g. a work order's not-to-exceed (NTE) amount or an invoice
 * total. Amounts are {@link BigDecimal}, never floating point.
 *
 * @param amount the amount
 * @param currency the ISO 4217 alphabetic code, e.g. {@code "USD"}
 */
public record Money(BigDecimal amount, String currency) {

  /**
   * Normalises the currency code to upper case and checks it has three letters.
   *
   * @param amount the amount
   * @param currency the ISO 4217 alphabetic code, e.g. {@code "USD"}
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    currency = currency.strip().toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, got '" + currency + "'");
    }
  }

  /**
   * Money from a decimal string, e.g. {@code Money.of("250.00", "USD")}.
   *
   * @param amount the amount as a decimal string
   * @param currency the ISO 4217 alphabetic code
   * @return the money value
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /**
   * {@return the amount as plain text without exponent and with at least the currency's minor-unit digits,
   * e.g. {@code "250.00"} for a USD amount read as {@code 250.0}; extra digits are kept, never rounded away}
   */
  public String amountText() {
    int minorDigits = minorUnitDigits(currency);
    BigDecimal shown = amount.scale() < minorDigits ? amount.setScale(minorDigits) : amount;
    return shown.toPlainString();
  }

  private static int minorUnitDigits(String currency) {
    try {
      return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknown) {
      return 0;
    }
  }

  /** {@code "250.00 USD"}. */
  @Override
  public String toString() {
    return amountText() + " " + currency;
  }
}
