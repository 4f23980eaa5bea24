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

  /** The job id. */
  long id();

  /** The job number shown to people (a string). */
  String jobNumber();

  /** The customer. */
  long customerId();

  /** The location. */
  long locationId();

  /** The status. */
  JobStatus jobStatus();

  /** When the job was completed. */
  Optional<Instant> completedOn();

  /** The business unit. */
  long businessUnitId();

  /** The job type. */
  long jobTypeId();

  /** The priority. */
  Priority priority();

  /** The campaign. */
  long campaignId();

  /** The summary (HTML). */
  Optional<String> summary();

  /** Custom field values. */
  List<CustomField> customFields();

  /** Number of appointments. */
  long appointmentCount();

  /** The first appointment. */
  OptionalLong firstAppointmentId();

  /** The last appointment. */
  OptionalLong lastAppointmentId();

  /** The booking the job was converted from. */
  OptionalLong bookingId();

  /** The lead the job came from (via a lead call). */
  OptionalLong leadCallId();

  /** The project. */
  OptionalLong projectId();

  /** The customer purchase order number. */
  Optional<String> customerPo();

  /** The invoice (ServiceTitan sends {@code 0} for a job without one; that is read as absent). */
  OptionalLong invoiceId();

  /** Tag type ids. */
  List<Long> tagTypeIds();

  /** This application's external data. */
  List<ExternalDataEntry> externalData();

  /** The total. */
  Optional<BigDecimal> total();

  /** When the job was created. */
  Instant createdOn();

  /** When the job was last modified. */
  Instant modifiedOn();

  /** Whether the record is active (export feeds also return inactive ones). */
  @Value.Default
  default boolean active() {
    return true;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Job} instances. */
  final class Builder extends ImmutableJob.Builder {}
}
