package io.workbridge.leads.model;

import java.util.List;

/**
 * Known values of {@link Alert#type()}: the seven actionable alert types (SPEC LD-3). The vendor sends other
 * types too (insights, reminders, device notices); those are kept as sent and are not actionable.
 */
public final class AlertType {

  /** A water sensor detected water. */
  public static final String WATER_DETECTED = "Water Detected";

  /** The heating system under-performs. */
  public static final String POOR_HEATING_PERFORMANCE = "Poor Heating Performance";

  /** The cooling system under-performs. */
  public static final String POOR_COOLING_PERFORMANCE = "Poor Cooling Performance";

  /** The evaporator coil is about to freeze. */
  public static final String COIL_FREEZE_WARNING = "Coil Freeze Warning";

  /** The member asked for a normal service visit. */
  public static final String SERVICE_REQUEST_NORMAL = "Service Request-Normal";

  /** The member asked for a tune-up. */
  public static final String SERVICE_REQUEST_TUNE_UP = "Service Request-Tune Up";

  /** The member asked for emergency service. */
  public static final String SERVICE_REQUEST_EMERGENCY = "Service Request-Emergency";

  /** The seven actionable types, in the order of LD-3. */
  public static final List<String> ACTIONABLE =
      List.of(
          WATER_DETECTED,
          POOR_HEATING_PERFORMANCE,
          POOR_COOLING_PERFORMANCE,
          COIL_FREEZE_WARNING,
          SERVICE_REQUEST_NORMAL,
          SERVICE_REQUEST_TUNE_UP,
          SERVICE_REQUEST_EMERGENCY);

  private AlertType() {}
}
