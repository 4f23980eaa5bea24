package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A location to create (for an existing customer, or inside a new customer). */
@Value.Immutable
public interface NewLocation {

  /** The owning customer; required when creating a location on its own, ignored inside a new customer. */
  OptionalLong customerId();

  /** The name. */
  String name();

  /** The address. */
  Address address();

  /** Contacts. */
  List<Contact> contacts();

  /** Custom field values. */
  List<CustomField> customFields();

  /** Tag type ids. */
  List<Long> tagTypeIds();

  /** External data stamped with the client's application GUID. */
  List<ExternalDataEntry> externalData();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewLocation} instances. */
  final class Builder extends ImmutableNewLocation.Builder {}
}
