package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Changes to a customer; only the fields set are sent. Lists replace the whole list. */
@Value.Immutable
public interface CustomerUpdate {

  /** {@return new name} */
  Optional<String> name();

  /** {@return new type} */
  Optional<CustomerType> type();

  /** {@return new address} */
  Optional<Address> address();

  /** {@return new active flag} */
  Optional<Boolean> active();

  /** {@return new do-not-mail flag} */
  Optional<Boolean> doNotMail();

  /** {@return new do-not-service flag} */
  Optional<Boolean> doNotService();

  /** {@return the full new list of custom fields, when set} */
  Optional<List<CustomField>> customFields();

  /** {@return the full new list of tag type ids, when set} */
  Optional<List<Long>> tagTypeIds();

  /** {@return external data to write with the client's application GUID, when set} */
  Optional<List<ExternalDataEntry>> externalData();

  /** {@return how external data is applied (server default: replace)} */
  Optional<ExternalPatchMode> externalDataPatchMode();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomerUpdate} instances. */
  final class Builder extends ImmutableCustomerUpdate.Builder {}
}
