package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer to create, with at least one location. */
@Value.Immutable
public interface NewCustomer {

  /** The name. */
  String name();

  /** Residential or commercial. */
  Optional<CustomerType> type();

  /** The bill-to address. */
  Address address();

  /** The locations to create with the customer (at least one); their customer id is ignored. */
  List<NewLocation> locations();

  /** Contacts. */
  List<Contact> contacts();

  /** Custom field values (type id and value). */
  List<CustomField> customFields();

  /** Tag type ids. */
  List<Long> tagTypeIds();

  /** External data stamped with the client's application GUID (which must then be configured). */
  List<ExternalDataEntry> externalData();

  /** Do-not-mail flag. */
  Optional<Boolean> doNotMail();

  /** Do-not-service flag. */
  Optional<Boolean> doNotService();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewCustomer} instances. */
  final class Builder extends ImmutableNewCustomer.Builder {}
}
