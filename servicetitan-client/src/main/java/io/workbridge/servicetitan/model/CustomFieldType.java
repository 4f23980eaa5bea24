package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A custom field type of jobs: its id (used as {@code typeId}), name and data type. */
@Value.Immutable
public interface CustomFieldType {

  /** The type id. */
  long id();

  /** The name shown in ServiceTitan. */
  String name();

  /** The data type. */
  CustomFieldDataType dataType();

  /** The options of a dropdown field. */
  List<String> dataTypeOptions();

  /** When the type was created. */
  Optional<Instant> createdOn();

  /** When the type was last modified. */
  Optional<Instant> modifiedOn();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomFieldType} instances. */
  final class Builder extends ImmutableCustomFieldType.Builder {}
}
