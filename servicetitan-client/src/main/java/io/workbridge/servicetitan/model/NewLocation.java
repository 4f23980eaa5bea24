package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A location to create (for an existing customer, or inside a new customer). */
@Value.Immutable
public interface NewLocation {

  /**
   * {@return the owning customer; required when creating a location on its own, ignored inside a new
   * customer}
   */
  OptionalLong customerId();

  /** {@return the name} */
  String name();

  /** {@return the address} */
  Address address();

  /** {@return contacts} */
  List<Contact> contacts();

  /** {@return custom field values} */
  List<CustomField> customFields();

  /** {@return tag type ids} */
  List<Long> tagTypeIds();

  /** {@return external data stamped with the client's application GUID} */
  List<ExternalDataEntry> externalData();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewLocation} instances. */
  final class Builder extends ImmutableNewLocation.Builder {}
}
