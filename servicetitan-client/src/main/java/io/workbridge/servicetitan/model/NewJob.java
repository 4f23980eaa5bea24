package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A job to create; ServiceTitan requires at least one appointment and a campaign. */
@Value.Immutable
public interface NewJob {

  /** {@return the customer (bill-to)} */
  long customerId();

  /** {@return the location (job site)} */
  long locationId();

  /** {@return the business unit} */
  long businessUnitId();

  /** {@return the job type} */
  long jobTypeId();

  /** {@return the priority} */
  Priority priority();

  /** {@return the campaign} */
  long campaignId();

  /** {@return the appointments (at least one)} */
  List<NewAppointment> appointments();

  /** {@return the summary (HTML)} */
  Optional<String> summary();

  /** {@return custom field values} */
  List<CustomField> customFields();

  /** {@return tag type ids} */
  List<Long> tagTypeIds();

  /** {@return external data stamped with the client's application GUID} */
  List<ExternalDataEntry> externalData();

  /** {@return the customer purchase order number} */
  Optional<String> customerPo();

  /** {@return the project} */
  OptionalLong projectId();

  /** {@return the booking this job is booked from} */
  OptionalLong bookingId();

  /** {@return the lead this job is booked from} */
  OptionalLong leadId();

  /** {@return whether the invoice needs a signature} */
  Optional<Boolean> invoiceSignatureIsRequired();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewJob} instances. */
  final class Builder extends ImmutableNewJob.Builder {}
}
