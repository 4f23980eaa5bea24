package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A location (job site); it belongs to exactly one customer. */
@Value.Immutable
public interface Location {

  /** The location id. */
  long id();

  /** The owning customer. */
  long customerId();

  /** Whether the location is active. */
  boolean active();

  /** The name. */
  String name();

  /** The address. */
  Optional<Address> address();

  /** Custom field values. */
  List<CustomField> customFields();

  /** Tag type ids. */
  List<Long> tagTypeIds();

  /** This application's external data. */
  List<ExternalDataEntry> externalData();

  /** The zone. */
  OptionalLong zoneId();

  /** The tax zone. */
  OptionalLong taxZoneId();

  /** The location this one was merged into. */
  OptionalLong mergedToId();

  /** Contacts (filled only in the answer to a create). */
  List<Contact> contacts();

  /** When the location was created. */
  Instant createdOn();

  /** When the location was last modified. */
  Instant modifiedOn();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location} instances. */
  final class Builder extends ImmutableLocation.Builder {}
}
