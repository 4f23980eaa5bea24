package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer to create, with at least one location. */
@Value.Immutable
public interface NewCustomer {

  /** {@return the name} */
  String name();

  /** {@return residential or commercial} */
  Optional<CustomerType> type();

  /** {@return the bill-to address} */
  Address address();

  /** {@return the locations to create with the customer (at least one); their customer id is ignored} */
  List<NewLocation> locations();

  /** {@return contacts} */
  List<Contact> contacts();

  /** {@return custom field values (type id and value)} */
  List<CustomField> customFields();

  /** {@return tag type ids} */
  List<Long> tagTypeIds();

  /** {@return external data stamped with the client's application GUID (which must then be configured)} */
  List<ExternalDataEntry> externalData();

  /** {@return do-not-mail flag} */
  Optional<Boolean> doNotMail();

  /** {@return do-not-service flag} */
  Optional<Boolean> doNotService();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewCustomer} instances. */
  final class Builder extends ImmutableNewCustomer.Builder {}
}
