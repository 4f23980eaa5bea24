package io.workbridge.servicetitan.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A customer (the bill-to party); every job needs one. */
@Value.Immutable
public interface Customer {

  /** The customer id. */
  long id();

  /** Whether the customer is active. */
  boolean active();

  /** The name. */
  String name();

  /** Residential or commercial. */
  CustomerType type();

  /** The bill-to address. */
  Optional<Address> address();

  /** The balance. */
  Optional<BigDecimal> balance();

  /** Custom field values. */
  List<CustomField> customFields();

  /** Tag type ids. */
  List<Long> tagTypeIds();

  /** Whether the customer asked not to receive mail. */
  boolean doNotMail();

  /** Whether the contractor refuses service. */
  boolean doNotService();

  /** This application's external data (returned when the client has an application GUID). */
  List<ExternalDataEntry> externalData();

  /** The customer this one was merged into. */
  OptionalLong mergedToId();

  /** When the customer was created. */
  Instant createdOn();

  /** When the customer was last modified. */
  Instant modifiedOn();

  /** The locations created with the customer (filled only in the answer to a create). */
  List<Location> locations();

  /** The contacts created with the customer (filled only in the answer to a create). */
  List<Contact> contacts();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Customer} instances. */
  final class Builder extends ImmutableCustomer.Builder {}
}
