package io.workbridge.testkit.servicechannel;

import java.math.BigDecimal;
import java.time.Instant;
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
  }

  /** A work order for a subscriber's location (HVAC / REPAIR, NTE 500 USD unless set). */
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

    private Builder(long subscriberId, long locationId) {
      this.subscriberId = subscriberId;
      this.locationId = locationId;
    }

    /** Trade name and id. */
    public Builder trade(String name, long id) {
      this.trade = Objects.requireNonNull(name);
      this.tradeId = id;
      return this;
    }

    /** Category. */
    public Builder category(String value) {
      this.category = Objects.requireNonNull(value);
      return this;
    }

    /** Priority. */
    public Builder priority(String value) {
      this.priority = Objects.requireNonNull(value);
      return this;
    }

    /** Description. */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value);
      return this;
    }

    /** NTE amount. */
    public Builder nte(BigDecimal value) {
      this.nte = Objects.requireNonNull(value);
      return this;
    }

    /** Currency code. */
    public Builder currency(String value) {
      this.currency = Objects.requireNonNull(value);
      return this;
    }

    /** PO number (default: the tracking number). */
    public Builder purchaseNumber(String value) {
      this.purchaseNumber = Objects.requireNonNull(value);
      return this;
    }

    /** Call date (default: now). */
    public Builder callDate(Instant value) {
      this.callDate = Objects.requireNonNull(value);
      return this;
    }

    /** Scheduled date. */
    public Builder scheduledDate(Instant value) {
      this.scheduledDate = Objects.requireNonNull(value);
      return this;
    }

    /** Builds the input. */
    public NewWorkOrder build() {
      return new NewWorkOrder(this);
    }
  }
}
