package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Changes to a job; only the fields set are sent. Lists replace the whole list. */
@Value.Immutable
public interface JobUpdate {

  /** {@return new customer} */
  OptionalLong customerId();

  /** {@return new location} */
  OptionalLong locationId();

  /** {@return new business unit} */
  OptionalLong businessUnitId();

  /** {@return new job type} */
  OptionalLong jobTypeId();

  /** {@return new priority} */
  Optional<Priority> priority();

  /** {@return new campaign} */
  OptionalLong campaignId();

  /** {@return new summary (HTML)} */
  Optional<String> summary();

  /** {@return new purchase order number} */
  Optional<String> customerPo();

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

  /** Builds {@link JobUpdate} instances. */
  final class Builder extends ImmutableJobUpdate.Builder {}
}
