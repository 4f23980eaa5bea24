package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Changes to a customer; only the fields set are sent. Lists replace the whole list. */
@Value.Immutable
public interface CustomerUpdate {

  /** New name. */
  Optional<String> name();

  /** New type. */
  Optional<CustomerType> type();

  /** New address. */
  Optional<Address> address();

  /** New active flag. */
  Optional<Boolean> active();

  /** New do-not-mail flag. */
  Optional<Boolean> doNotMail();

  /** New do-not-service flag. */
  Optional<Boolean> doNotService();

  /** The full new list of custom fields, when set. */
  Optional<List<CustomField>> customFields();

  /** The full new list of tag type ids, when set. */
  Optional<List<Long>> tagTypeIds();

  /** External data to write with the client's application GUID, when set. */
  Optional<List<ExternalDataEntry>> externalData();

  /** How external data is applied (server default: replace). */
  Optional<ExternalPatchMode> externalDataPatchMode();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomerUpdate} instances. */
  final class Builder extends ImmutableCustomerUpdate.Builder {}
}
