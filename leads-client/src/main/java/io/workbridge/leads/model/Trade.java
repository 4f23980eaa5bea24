package io.workbridge.leads.model;

/** Known values of {@link Alert#trade()}, the vertical an alert belongs to (LD-4); others are kept as sent. */
public final class Trade {

  /** Heating, ventilation and air conditioning; the default when the vendor does not say. */
  public static final String HVAC = "HVAC";

  /** Plumbing. */
  public static final String PLUMBING = "Plumbing";

  /** Electrical. */
  public static final String ELECTRICAL = "Electrical";

  private Trade() {}
}
