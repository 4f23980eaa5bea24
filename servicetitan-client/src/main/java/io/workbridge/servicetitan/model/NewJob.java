package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A job to create; ServiceTitan requires at least one appointment and a campaign. */
@Value.Immutable
public interface NewJob {

  /** The customer (bill-to). */
  long customerId();

  /** The location (job site). */
  long locationId();

  /** The business unit. */
  long businessUnitId();

  /** The job type. */
  long jobTypeId();

  /** The priority. */
  Priority priority();

  /** The campaign. */
  long campaignId();

  /** The appointments (at least one). */
  List<NewAppointment> appointments();

  /** The summary (HTML). */
  Optional<String> summary();

  /** Custom field values. */
  List<CustomField> customFields();

  /** Tag type ids. */
  List<Long> tagTypeIds();

  /** External data stamped with the client's application GUID. */
  List<ExternalDataEntry> externalData();

  /** The customer purchase order number. */
  Optional<String> customerPo();

  /** The project. */
  OptionalLong projectId();

  /** The booking this job is booked from. */
  OptionalLong bookingId();

  /** The lead this job is booked from. */
  OptionalLong leadId();

  /** Whether the invoice needs a signature. */
  Optional<Boolean> invoiceSignatureIsRequired();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewJob} instances. */
  final class Builder extends ImmutableNewJob.Builder {}
}
