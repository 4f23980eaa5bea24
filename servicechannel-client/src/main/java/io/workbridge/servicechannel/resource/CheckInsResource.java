package io.workbridge.servicechannel.resource;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CheckInValidation;
import io.workbridge.servicechannel.model.CheckOut;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.WorkActivity;
import java.util.List;

/**
 * Technician check-in and check-out ({@code universalCheckIn/Out}), their pre-checks, and the recorded work
 * activities. Check-in and check-out are never retried on server errors: a retry could record a visit twice.
 * Thread-safe.
 */
public interface CheckInsResource {
  /**
   * Checks a technician in and returns the {@code MechanicId} shared by the check-in and its check-out. The
   * description makes {@code MechanicId} optional: an answer without it is still a successful check-in, so
   * the result is then {@link CreatedId#unresolved()} rather than an exception (repeating the call would
   * check in twice); {@link #workActivities} shows the recorded pair.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param checkIn the check-in
   * @throws io.workbridge.client.ValidationException with code 941 outside the GPS radius, 921/924 on
   *     invoiced
   *     or completed work orders, 503 when the subscriber requires IVR check-in
   * @return the {@code MechanicId} of the check-in
   */
  CreatedId checkIn(long workOrderId, CheckIn checkIn);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param checkIn the check-in
   * @param options per-call options (timeout, extra headers) for this request
   */
  CreatedId checkIn(long workOrderId, CheckIn checkIn, RequestOptions options);

  /**
   * Checks a technician out (same user as the check-in) and returns the pair's {@code MechanicId}, {@link
   * CreatedId#unresolved()} when the answer lacks it (the check-out still happened).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param checkOut the check-out
   * @return the pair's {@code MechanicId}
   */
  CreatedId checkOut(long workOrderId, CheckOut checkOut);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param checkOut the check-out
   * @param options per-call options (timeout, extra headers) for this request
   */
  CreatedId checkOut(long workOrderId, CheckOut checkOut, RequestOptions options);

  /**
   * Asks whether a check-in at these coordinates would be accepted.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @return whether the check-in would be accepted, and why not
   */
  CheckInValidation validateCheckIn(long workOrderId, double latitude, double longitude);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @param options per-call options (timeout, extra headers) for this request
   */
  CheckInValidation validateCheckIn(long workOrderId, double latitude, double longitude, RequestOptions options);

  /**
   * Asks whether a check-out at these coordinates would be accepted.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @return whether the check-out would be accepted, and why not
   */
  CheckInValidation validateCheckOut(long workOrderId, double latitude, double longitude);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @param options per-call options (timeout, extra headers) for this request
   */
  CheckInValidation validateCheckOut(long workOrderId, double latitude, double longitude, RequestOptions options);

  /**
   * {@return the work order's recorded check-in/check-out pairs}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  List<WorkActivity> workActivities(long workOrderId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  List<WorkActivity> workActivities(long workOrderId, RequestOptions options);
}
