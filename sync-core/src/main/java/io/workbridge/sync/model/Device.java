package io.workbridge.sync.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The monitoring hardware behind an alert: hub, thermostat and the system it watches. */
@Value.Immutable
public interface Device {

  /** {@return the vendor's hub id} */
  Optional<String> hubId();

  /** {@return thermostat model, e.g. {@code "T6 Pro"}} */
  Optional<String> thermostatModel();

  /** {@return monitored system, e.g. {@code "HVAC"}, {@code "Heat Pump"}, {@code "Furnace"}} */
  Optional<String> systemType();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Device} instances. */
  final class Builder extends ImmutableDevice.Builder {}
}
