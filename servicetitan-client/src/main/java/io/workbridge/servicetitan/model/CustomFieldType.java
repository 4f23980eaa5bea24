package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A custom field type of jobs: its id (used as {@code typeId}), name and data type. */
@Value.Immutable
public interface CustomFieldType {

  /** {@return the type id} */
  long id();

  /** {@return the name shown in ServiceTitan} */
  String name();

  /** {@return the data type} */
  CustomFieldDataType dataType();

  /** {@return the options of a dropdown field} */
  List<String> dataTypeOptions();

  /** {@return when the type was created} */
  Optional<Instant> createdOn();

  /** {@return when the type was last modified} */
  Optional<Instant> modifiedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomFieldType} instances. */
  final class Builder extends ImmutableCustomFieldType.Builder {}
}
