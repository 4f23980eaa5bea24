package io.workbridge.testkit.servicechannel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One subscriber as the simulator plays it: its status catalogue and the rules it applies to the provider.
 * Immutable; build with {@link #builder(long, String)}. Defaults follow what live subscribers commonly do:
 * ServiceChannel's default catalogue, billable statuses closed to the provider, and decline history kept (a
 * decline needs a reason id).
 */
public final class SubscriberSetup {
  private final long id;
  private final String name;
  private final Map<String, List<String>> catalog;
  private final boolean providerMayComplete;
  private final boolean declineReasonRequired;
  private final boolean requireResolutionText;
  private final boolean ivrOnly;
  private final Set<Long> laborTradeIds;
  private final String userName;

  private SubscriberSetup(Builder b) {
    this.id = b.id;
    this.name = b.name;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    b.catalog.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.catalog = Map.copyOf(copy);
    this.providerMayComplete = b.providerMayComplete;
    this.declineReasonRequired = b.declineReasonRequired;
    this.requireResolutionText = b.requireResolutionText;
    this.ivrOnly = b.ivrOnly;
    this.laborTradeIds = Set.copyOf(b.laborTradeIds);
    this.userName = b.userName;
  }

  /**
   * {@return a subscriber with ServiceChannel's default status catalogue}
   *
   * @param id the subscriber's id
   * @param name the subscriber's name
   */
  public static Builder builder(long id, String name) {
    return new Builder(id, name);
  }

  /** {@return the subscriber id} */
  public long id() {
    return id;
  }

  /** {@return the subscriber name} */
  public String name() {
    return name;
  }

  /**
   * {@return primary status → extended statuses (upper case; the blank extended status is always allowed)}
   */
  public Map<String, List<String>> catalog() {
    return catalog;
  }

  /** {@return whether the provider may set billable statuses (COMPLETED, COMPLETED / CONFIRMED)} */
  public boolean providerMayComplete() {
    return providerMayComplete;
  }

  /**
   * {@return whether the subscriber keeps decline history (DeclineHistoryWO): declining then requires a
   * {@code DeclineReasonId} (9001 without, 9003 for one outside 1–6), and a plain status change to OPEN /
   * DECLINED is refused with 9001} On by default.
   */
  public boolean declineReasonRequired() {
    return declineReasonRequired;
  }

  /** {@return whether invoices need {@code InvoiceText}} */
  public boolean requireResolutionText() {
    return requireResolutionText;
  }

  /** {@return whether the subscriber forbids GPS/API check-in (IVR only)} */
  public boolean ivrOnly() {
    return ivrOnly;
  }

  /** {@return trades whose invoices must itemise labour} */
  public Set<Long> laborTradeIds() {
    return laborTradeIds;
  }

  /**
   * {@return the display name of the subscriber's user who writes notes and changes statuses (as {@code
   * CreatedBy} shows it)}
   */
  public String userName() {
    return userName;
  }

  boolean has(String primary, String extended) {
    List<String> ext = catalog.get(primary.toUpperCase(Locale.ROOT).trim());
    return ext != null && (extended.isBlank() || ext.contains(extended.toUpperCase(Locale.ROOT).trim()));
  }

  /** Builds a {@link SubscriberSetup}. */
  public static final class Builder {
    private final long id;
    private final String name;
    private final Map<String, List<String>> catalog = new LinkedHashMap<>();
    private boolean providerMayComplete;
    private boolean declineReasonRequired = true;
    private boolean requireResolutionText;
    private boolean ivrOnly;
    private final Set<Long> laborTradeIds = new TreeSet<>();
    private String userName = "Jordan Pike";

    private Builder(long id, String name) {
      this.id = id;
      this.name = Objects.requireNonNull(name, "name");
      catalog.put("OPEN", new ArrayList<>(List.of("DECLINED")));
      catalog.put(
          "IN PROGRESS",
          new ArrayList<>(
              List.of("DISPATCH CONFIRMED", "ON SITE", "INCOMPLETE", "PARTS ON ORDER", "WAITING FOR QUOTE")));
      catalog.put(
          "COMPLETED",
          new ArrayList<>(List.of("CONFIRMED", "PENDING CONFIRMATION", "CANCELLED", "NO CHARGE")));
    }

    /**
     * Removes an extended status from the catalogue (e.g. one lacking DISPATCH CONFIRMED and DECLINED).
     *
     * @param primary the primary status
     * @param extended the extended status
     * @return this builder
     */
    public Builder without(String primary, String extended) {
      List<String> ext = catalog.get(primary.toUpperCase(Locale.ROOT));
      if (ext != null) {
        ext.remove(extended.toUpperCase(Locale.ROOT));
      }
      return this;
    }

    /**
     * Adds an extended status to the catalogue.
     *
     * @param primary the primary status
     * @param extended the extended status
     * @return this builder
     */
    public Builder with(String primary, String extended) {
      catalog.computeIfAbsent(primary.toUpperCase(Locale.ROOT), k -> new ArrayList<>())
          .add(extended.toUpperCase(Locale.ROOT));
      return this;
    }

    /**
     * Lets the provider set billable statuses.
     *
     * @param value whether the provider may set billable statuses
     * @return this builder
     */
    public Builder providerMayComplete(boolean value) {
      this.providerMayComplete = value;
      return this;
    }

    /**
     * Whether the subscriber keeps decline history, so that declines need a reason id (default true); false
     * plays a subscriber where a plain status change to OPEN / DECLINED is accepted.
     *
     * @param value whether the subscriber keeps decline history, so that declines need a reason id (default
     *     true); false plays a subscriber where a plain status change to OPEN / DECLINED is accepted
     * @return this builder
     */
    public Builder declineReasonRequired(boolean value) {
      this.declineReasonRequired = value;
      return this;
    }

    /**
     * Requires invoice resolution text.
     *
     * @param value whether invoices need resolution text
     * @return this builder
     */
    public Builder requireResolutionText(boolean value) {
      this.requireResolutionText = value;
      return this;
    }

    /**
     * Forbids API check-in (IVR only).
     *
     * @param value whether the subscriber takes IVR check-ins only
     * @return this builder
     */
    public Builder ivrOnly(boolean value) {
      this.ivrOnly = value;
      return this;
    }

    /**
     * The display name of the subscriber's user (default "Jordan Pike").
     *
     * @param displayName the display name of the subscriber's user (default "Jordan Pike")
     * @return this builder
     */
    public Builder userName(String displayName) {
      this.userName = Objects.requireNonNull(displayName, "userName");
      return this;
    }

    /**
     * Requires labour line items for a trade.
     *
     * @param tradeId the trade's id
     * @return this builder
     */
    public Builder laborTradeId(long tradeId) {
      laborTradeIds.add(tradeId);
      return this;
    }

    /**
     * Builds the setup.
     *
     * @return the setup
     */
    public SubscriberSetup build() {
      return new SubscriberSetup(this);
    }
  }
}
