package io.workbridge.servicetitan.model;


import org.immutables.value.Value;

/** One key/value stamped on a record by this application (its {@code externalData}). */
@Value.Immutable
public interface ExternalDataEntry {

  /** {@return the key, for example {@code sc_work_order_id}} */
  String key();

  /** {@return the value} */
  String value();

  /**
   * {@return shorthand for a key and value}
   *
   * @param key the key
   * @param value the value
   */
  static ExternalDataEntry of(String key, String value) {
    return builder().key(key).value(value).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExternalDataEntry} instances. */
  final class Builder extends ImmutableExternalDataEntry.Builder {}
}
