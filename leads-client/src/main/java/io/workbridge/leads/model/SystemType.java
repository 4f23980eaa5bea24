package io.workbridge.leads.model;

/** Known values of {@link Device#systemType()}; the vendor may send others, which are kept as sent. */
public final class SystemType {

  /** A central air-conditioning and heating system. */
  public static final String HVAC = "HVAC";

  /** A heat pump. */
  public static final String HEAT_PUMP = "Heat Pump";

  /** A furnace. */
  public static final String FURNACE = "Furnace";

  /** A boiler. */
  public static final String BOILER = "Boiler";

  /** A water heater. */
  public static final String WATER_HEATER = "Water Heater";

  private SystemType() {}
}
