package io.workbridge.testkit.servicechannel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A work order a subscriber creates in the simulator (test helper input). Build with {@link #builder}. */
public final class NewWorkOrder {
  final long subscriberId;
  final long locationId;
  final String trade;
  final long tradeId;
  final String category;
  final String priority;
  final String description;
  final BigDecimal nte;
  final String currency;
  final @Nullable String purchaseNumber;
  final @Nullable Instant callDate;
  final @Nullable Instant scheduledDate;
  final @Nullable LocalDateTime scheduledLocal;
  final @Nullable Instant expirationDate;
  final @Nullable LocalDateTime expirationLocal;

  private NewWorkOrder(Builder b) {
    subscriberId = b.subscriberId;
    locationId = b.locationId;
    trade = b.trade;
    tradeId = b.tradeId;
    category = b.category;
    priority = b.priority;
    description = b.description;
    nte = b.nte;
    currency = b.currency;
    purchaseNumber = b.purchaseNumber;
    callDate = b.callDate;
    scheduledDate = b.scheduledDate;
    scheduledLocal = b.scheduledLocal;
    expirationDate = b.expirationDate;
    expirationLocal = b.expirationLocal;
  }

  /**
   * {@return a work order for a subscriber's location (HVAC / REPAIR, NTE 500 USD unless set)}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   * @param locationId the ServiceChannel location's id
   */
  public static Builder builder(long subscriberId, long locationId) {
    return new Builder(subscriberId, locationId);
  }

  /** Builds a {@link NewWorkOrder}. */
  public static final class Builder {
    private final long subscriberId;
    private final long locationId;
    private String trade = "HVAC";
    private long tradeId = 12;
    private String category = "REPAIR";
    private String priority = "P2 - 24 Hours";
    private String description = "Unit not cooling";
    private BigDecimal nte = new BigDecimal("500.00");
    private String currency = "USD";
    private @Nullable String purchaseNumber;
    private @Nullable Instant callDate;
    private @Nullable Instant scheduledDate;
    private @Nullable LocalDateTime scheduledLocal;
    private @Nullable Instant expirationDate;
    private @Nullable LocalDateTime expirationLocal;

    private Builder(long subscriberId, long locationId) {
      this.subscriberId = subscriberId;
      this.locationId = locationId;
    }

    /**
     * Trade name and id.
     *
     * @param name the trade's name
     * @param id the trade's id
     * @return this builder
     */
    public Builder trade(String name, long id) {
      this.trade = Objects.requireNonNull(name);
      this.tradeId = id;
      return this;
    }

    /**
     * Category.
     *
     * @param value category
     * @return this builder
     */
    public Builder category(String value) {
      this.category = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Priority.
     *
     * @param value priority
     * @return this builder
     */
    public Builder priority(String value) {
      this.priority = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Description.
     *
     * @param value description
     * @return this builder
     */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value);
      return this;
    }

    /**
     * NTE amount.
     *
     * @param value NTE amount
     * @return this builder
     */
    public Builder nte(BigDecimal value) {
      this.nte = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Currency code.
     *
     * @param value currency code
     * @return this builder
     */
    public Builder currency(String value) {
      this.currency = Objects.requireNonNull(value);
      return this;
    }

    /**
     * PO number (default: the tracking number).
     *
     * @param value PO number (default: the tracking number)
     * @return this builder
     */
    public Builder purchaseNumber(String value) {
      this.purchaseNumber = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Call date (default: now).
     *
     * @param value call date (default: now)
     * @return this builder
     */
    public Builder callDate(Instant value) {
      this.callDate = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The scheduled date as an instant; the simulator stores it as the store's wall-clock time (as
     * ServiceChannel does) and answers it "as if UTC".
     *
     * @param value the scheduled date as an instant; the simulator stores it as the store's wall-clock time
     *     (as ServiceChannel does) and answers it "as if UTC"
     * @return this builder
     */
    public Builder scheduledDate(Instant value) {
      this.scheduledDate = Objects.requireNonNull(value);
      this.scheduledLocal = null;
      return this;
    }

    /**
     * The scheduled date as the store's wall-clock time.
     *
     * @param value the scheduled date as the store's wall-clock time
     * @return this builder
     */
    public Builder scheduledLocal(LocalDateTime value) {
      this.scheduledLocal = Objects.requireNonNull(value);
      this.scheduledDate = null;
      return this;
    }

    /**
     * The expiration date as an instant, stored as the store's wall-clock time (default: the call date's wall
     * clock plus three days).
     *
     * @param value the expiration date as an instant, stored as the store's wall-clock time (default: the
     *     call date's wall clock plus three days)
     * @return this builder
     */
    public Builder expirationDate(Instant value) {
      this.expirationDate = Objects.requireNonNull(value);
      this.expirationLocal = null;
      return this;
    }

    /**
     * The expiration date as the store's wall-clock time.
     *
     * @param value the expiration date as the store's wall-clock time
     * @return this builder
     */
    public Builder expirationLocal(LocalDateTime value) {
      this.expirationLocal = Objects.requireNonNull(value);
      this.expirationDate = null;
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input
     */
    public NewWorkOrder build() {
      return new NewWorkOrder(this);
    }
  }
}
