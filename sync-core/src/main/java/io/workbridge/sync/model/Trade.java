package io.workbridge.sync.model;

/** Known trade verticals of {@link Lead#trade()} (LD-4); tenants may use others. */
public final class Trade {

  /** Heating, ventilation and air conditioning; the default vertical. */
  public static final String HVAC = "HVAC";

  /** Plumbing. */
  public static final String PLUMBING = "Plumbing";

  /** Electrical. */
  public static final String ELECTRICAL = "Electrical";

  private Trade() {}
}
