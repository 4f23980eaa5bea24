package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A custom field value on a customer, location or job (values are strings). */
@Value.Immutable
public interface CustomField {

  /** {@return the custom field type id (see the custom field types)} */
  long typeId();

  /** {@return the field name, as returned by ServiceTitan} */
  Optional<String> name();

  /** {@return the value, absent when the field is empty} */
  Optional<String> value();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomField} instances. */
  final class Builder extends ImmutableCustomField.Builder {}
}
