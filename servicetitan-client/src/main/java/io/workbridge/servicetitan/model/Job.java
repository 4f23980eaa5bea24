package io.workbridge.servicetitan.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A job (the work order in ServiceTitan). */
@Value.Immutable
public interface Job {

  /** {@return the job id} */
  long id();

  /** {@return the job number shown to people (a string)} */
  String jobNumber();

  /** {@return the customer} */
  long customerId();

  /** {@return the location} */
  long locationId();

  /** {@return the status} */
  JobStatus jobStatus();

  /** {@return when the job was completed} */
  Optional<Instant> completedOn();

  /** {@return the business unit} */
  long businessUnitId();

  /** {@return the job type} */
  long jobTypeId();

  /** {@return the priority} */
  Priority priority();

  /** {@return the campaign} */
  long campaignId();

  /** {@return the summary (HTML)} */
  Optional<String> summary();

  /** {@return custom field values} */
  List<CustomField> customFields();

  /** {@return number of appointments} */
  long appointmentCount();

  /** {@return the first appointment} */
  OptionalLong firstAppointmentId();

  /** {@return the last appointment} */
  OptionalLong lastAppointmentId();

  /** {@return the booking the job was converted from} */
  OptionalLong bookingId();

  /** {@return the lead the job came from (via a lead call)} */
  OptionalLong leadCallId();

  /** {@return the project} */
  OptionalLong projectId();

  /** {@return the customer purchase order number} */
  Optional<String> customerPo();

  /** {@return the invoice (ServiceTitan sends {@code 0} for a job without one; that is read as absent)} */
  OptionalLong invoiceId();

  /** {@return tag type ids} */
  List<Long> tagTypeIds();

  /** {@return this application's external data} */
  List<ExternalDataEntry> externalData();

  /** {@return the total} */
  Optional<BigDecimal> total();

  /** {@return when the job was created} */
  Instant createdOn();

  /** {@return when the job was last modified} */
  Instant modifiedOn();

  /** {@return whether the record is active (export feeds also return inactive ones)} */
  @Value.Default
  default boolean active() {
    return true;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Job} instances. */
  final class Builder extends ImmutableJob.Builder {}
}
