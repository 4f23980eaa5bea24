package io.workbridge.leads.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The monitoring hardware behind an alert: the hub, the thermostat and the system it watches. */
@Value.Immutable
public interface Device {

  /** The vendor's hub id. */
  Optional<String> hubId();

  /** Thermostat model, e.g. {@code "T6 Pro"}. */
  Optional<String> thermostatModel();

  /** Monitored system, e.g. {@link SystemType#HVAC}, {@link SystemType#HEAT_PUMP}; other values are kept as sent. */
  Optional<String> systemType();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Device} instances. */
  final class Builder extends ImmutableDevice.Builder {}
}
