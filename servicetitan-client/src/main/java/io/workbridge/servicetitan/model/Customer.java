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

  /** {@return the customer id} */
  long id();

  /** {@return whether the customer is active} */
  boolean active();

  /** {@return the name} */
  String name();

  /** {@return residential or commercial} */
  CustomerType type();

  /** {@return the bill-to address} */
  Optional<Address> address();

  /** {@return the balance} */
  Optional<BigDecimal> balance();

  /** {@return custom field values} */
  List<CustomField> customFields();

  /** {@return tag type ids} */
  List<Long> tagTypeIds();

  /** {@return whether the customer asked not to receive mail} */
  boolean doNotMail();

  /** {@return whether the contractor refuses service} */
  boolean doNotService();

  /** {@return this application's external data (returned when the client has an application GUID)} */
  List<ExternalDataEntry> externalData();

  /** {@return the customer this one was merged into} */
  OptionalLong mergedToId();

  /** {@return when the customer was created} */
  Instant createdOn();

  /** {@return when the customer was last modified} */
  Instant modifiedOn();

  /** {@return the locations created with the customer (filled only in the answer to a create)} */
  List<Location> locations();

  /** {@return the contacts created with the customer (filled only in the answer to a create)} */
  List<Contact> contacts();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Customer} instances. */
  final class Builder extends ImmutableCustomer.Builder {}
}
