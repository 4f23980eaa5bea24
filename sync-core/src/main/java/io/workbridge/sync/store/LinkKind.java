package io.workbridge.sync.store;

import java.util.regex.Pattern;

/**
 * Names a kind of link between two ids, e.g. "SC work order → ST booking". The name is what adapters
 * store, so it must stay stable: lower-case letters, digits, '-', '_' and '.', at most 64 characters.
 * The constants cover the links the built-in workflows keep; others may be created with {@link #of}.
 *
 * @param name the stable stored name
 */
public record LinkKind(String name) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** ServiceChannel work order id → ServiceTitan booking id. */
  public static final LinkKind WORK_ORDER_BOOKING = new LinkKind("work-order.booking");

  /** ServiceChannel work order id → ServiceTitan job id. */
  public static final LinkKind WORK_ORDER_JOB = new LinkKind("work-order.job");

  /** ServiceTitan booking id → ServiceTitan job id (the booking was converted into a job). */
  public static final LinkKind BOOKING_JOB = new LinkKind("booking.job");

  /** Leads vendor alert id → ServiceTitan booking id (LD-10). */
  public static final LinkKind ALERT_BOOKING = new LinkKind("alert.booking");

  /**
   * Validates the name.
   *
   * @param name the stable stored name
   */
  public LinkKind {
    StoreArguments.requireText(name, "link kind");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "link kind must match " + NAME.pattern() + ", was '" + name + "'");
    }
  }

  /**
   * {@return the link kind with the given name}
   *
   * @param name the kind's name
   */
  public static LinkKind of(String name) {
    return new LinkKind(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
