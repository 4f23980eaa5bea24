package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.AppointmentAssignment;
import io.workbridge.servicetitan.model.ListFilter;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Technician assignments to appointments ({@code dispatch/v2/tenant/{tenant}/appointment-assignments}):
 * list, export, assign and unassign (there is no "replace": unassign, then assign).
 */
public interface AssignmentsResource {
  /**
   * {@return assignments matching the filter, optionally of one job}
   *
   * @param jobId the ServiceTitan job's id
   * @param filter the paging and modification-date filter
   */
  PageIterable<AppointmentAssignment> list(OptionalLong jobId, ListFilter filter);

  /**
   * {@return the assignments export feed (active and inactive) from {@code from}}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<AppointmentAssignment> export(@Nullable String from);

  /**
   * Assigns technicians to an appointment; returns the appointment as dispatch describes it (without
   * customer, confirmation and active flags; see {@link Appointment}).
   *
   * @param appointmentId the ServiceTitan appointment's id
   * @param technicianIds ids of the ServiceTitan technicians
   * @return the appointment as dispatch describes it
   */
  Appointment assign(long appointmentId, List<Long> technicianIds);

  /**
   * Removes technicians from an appointment; returns the appointment as dispatch describes it.
   *
   * @param appointmentId the ServiceTitan appointment's id
   * @param technicianIds ids of the ServiceTitan technicians
   * @return the appointment as dispatch describes it
   */
  Appointment unassign(long appointmentId, List<Long> technicianIds);
}
