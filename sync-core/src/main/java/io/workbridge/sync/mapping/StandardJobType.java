package io.workbridge.sync.mapping;

/** ServiceTitan's standard job types that leads map to (LD-3). */
public final class StandardJobType {

  /** For {@code Water Detected}. */
  public static final String LEAK_DETECTED = "Leak Detected";

  /** For {@code Poor Heating Performance}. */
  public static final String REPAIR_HEATING_SYSTEM = "Repair Heating System";

  /** For {@code Poor Cooling Performance} and {@code Coil Freeze Warning}. */
  public static final String REPAIR_AC = "Repair AC";

  /** For {@code Service Request-Normal}. */
  public static final String AC_MAINTENANCE = "AC Maintenance";

  /** For {@code Service Request-Tune Up}. */
  public static final String HVAC_MAINTENANCE = "HVAC Maintenance";

  /** For {@code Service Request-Emergency}. */
  public static final String REPAIR_HVAC = "Repair HVAC";

  private StandardJobType() {}
}
