package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Changes to a location; only the fields set are sent. Lists replace the whole list. */
@Value.Immutable
public interface LocationUpdate {

  /** {@return new owning customer} */
  OptionalLong customerId();

  /** {@return new name} */
  Optional<String> name();

  /** {@return new address (ServiceTitan then requires all six parts)} */
  Optional<Address> address();

  /** {@return new active flag} */
  Optional<Boolean> active();

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

  /** Builds {@link LocationUpdate} instances. */
  final class Builder extends ImmutableLocationUpdate.Builder {}
}
