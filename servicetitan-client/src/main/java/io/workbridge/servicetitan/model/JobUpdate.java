package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Changes to a job; only the fields set are sent. Lists replace the whole list. */
@Value.Immutable
public interface JobUpdate {

  /** New customer. */
  OptionalLong customerId();

  /** New location. */
  OptionalLong locationId();

  /** New business unit. */
  OptionalLong businessUnitId();

  /** New job type. */
  OptionalLong jobTypeId();

  /** New priority. */
  Optional<Priority> priority();

  /** New campaign. */
  OptionalLong campaignId();

  /** New summary (HTML). */
  Optional<String> summary();

  /** New purchase order number. */
  Optional<String> customerPo();

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

  /** Builds {@link JobUpdate} instances. */
  final class Builder extends ImmutableJobUpdate.Builder {}
}
