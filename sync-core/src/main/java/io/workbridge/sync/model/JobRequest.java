package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the sync asks ServiceTitan to create as a job (direct-to-job, SC-4/SC-5). The {@link
 * #externalId()} makes the create idempotent: the workflow looks a job up by it first.
 */
@Value.Immutable
public interface JobRequest {

  /** {@return the source record's id (the ServiceChannel work order id)} */
  String externalId();

  /** {@return the ServiceTitan customer (bill-to)} */
  long customerId();

  /** {@return the ServiceTitan location (job site)} */
  long locationId();

  /** {@return the summary text (redacted in {@code toString()}, it may carry an IVR PIN)} */
  @Value.Redacted
  String summary();

  /** {@return ServiceTitan priority name} */
  Optional<String> priority();

  /** {@return ServiceTitan business unit id} */
  Optional<Long> businessUnitId();

  /** {@return ServiceTitan job type id} */
  Optional<Long> jobTypeId();

  /** {@return ServiceTitan campaign id} */
  Optional<Long> campaignId();

  /** {@return the customer's PO number} */
  Optional<String> customerPo();

  /** {@return the requested start of the first appointment} */
  Optional<Instant> start();

  /** {@return custom field values by field name (e.g. the NTE, SC-22)} */
  Map<String, String> customFields();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobRequest} instances. */
  final class Builder extends ImmutableJobRequest.Builder {}
}
