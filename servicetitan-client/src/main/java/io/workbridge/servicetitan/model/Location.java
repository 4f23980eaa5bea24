package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A location (job site); it belongs to exactly one customer. */
@Value.Immutable
public interface Location {

  /** {@return the location id} */
  long id();

  /** {@return the owning customer} */
  long customerId();

  /** {@return whether the location is active} */
  boolean active();

  /** {@return the name} */
  String name();

  /** {@return the address} */
  Optional<Address> address();

  /** {@return custom field values} */
  List<CustomField> customFields();

  /** {@return tag type ids} */
  List<Long> tagTypeIds();

  /** {@return this application's external data} */
  List<ExternalDataEntry> externalData();

  /** {@return the zone} */
  OptionalLong zoneId();

  /** {@return the tax zone} */
  OptionalLong taxZoneId();

  /** {@return the location this one was merged into} */
  OptionalLong mergedToId();

  /** {@return contacts (filled only in the answer to a create)} */
  List<Contact> contacts();

  /** {@return when the location was created} */
  Instant createdOn();

  /** {@return when the location was last modified} */
  Instant modifiedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location} instances. */
  final class Builder extends ImmutableLocation.Builder {}
}
