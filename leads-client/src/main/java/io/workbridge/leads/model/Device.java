package io.workbridge.leads.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The monitoring hardware behind an alert: the hub, the thermostat and the system it watches. */
@Value.Immutable
public interface Device {

  /** {@return the vendor's hub id} */
  Optional<String> hubId();

  /** {@return thermostat model, e.g. {@code "T6 Pro"}} */
  Optional<String> thermostatModel();

  /**
   * {@return monitored system, e.g. {@link SystemType#HVAC}, {@link SystemType#HEAT_PUMP}; other values are
   * kept as sent}
   */
  Optional<String> systemType();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Device} instances. */
  final class Builder extends ImmutableDevice.Builder {}
}
