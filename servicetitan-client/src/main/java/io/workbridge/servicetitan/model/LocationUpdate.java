package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Changes to a location; only the fields set are sent. Lists replace the whole list. */
@Value.Immutable
public interface LocationUpdate {

  /** New owning customer. */
  OptionalLong customerId();

  /** New name. */
  Optional<String> name();

  /** New address (ServiceTitan then requires all six parts). */
  Optional<Address> address();

  /** New active flag. */
  Optional<Boolean> active();

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

  /** Builds {@link LocationUpdate} instances. */
  final class Builder extends ImmutableLocationUpdate.Builder {}
}
