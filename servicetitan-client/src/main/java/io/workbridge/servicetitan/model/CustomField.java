package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A custom field value on a customer, location or job (values are strings). */
@Value.Immutable
public interface CustomField {

  /** The custom field type id (see the custom field types). */
  long typeId();

  /** The field name, as returned by ServiceTitan. */
  Optional<String> name();

  /** The value, absent when the field is empty. */
  Optional<String> value();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomField} instances. */
  final class Builder extends ImmutableCustomField.Builder {}
}
