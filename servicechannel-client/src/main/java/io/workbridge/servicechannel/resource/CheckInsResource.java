package io.workbridge.servicechannel.resource;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.internal.FieldWire;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.ScDates;
import io.workbridge.servicechannel.internal.Values;
import io.workbridge.servicechannel.internal.Wire;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CheckInValidation;
import io.workbridge.servicechannel.model.CheckOut;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.WorkActivity;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Technician check-in and check-out ({@code universalCheckIn/Out}), their pre-checks, and the recorded work
 * activities. Check-in and check-out are never retried on server errors: a retry could record a visit twice.
 * Thread-safe.
 */
public final class CheckInsResource {
  private final ScApi api;

  /**
   * For {@link io.workbridge.servicechannel.ServiceChannelClient}.
   *
   * @param api the client's Retrofit interface
   */
  public CheckInsResource(ScApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

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
  public CreatedId checkIn(long workOrderId, CheckIn checkIn) {
    return checkIn(workOrderId, checkIn, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param checkIn the check-in
   * @param options per-call options (timeout, extra headers) for this request
   */
  public CreatedId checkIn(long workOrderId, CheckIn checkIn, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(checkIn, "checkIn");
    FieldWire.MechanicResponse response =
        api.checkIn(
            workOrderId,
            new FieldWire.CheckInRequest(
                checkIn.workTypeId(),
                boxed(checkIn.userId()),
                boxed(checkIn.techsCount()),
                boxed(checkIn.latitude()),
                boxed(checkIn.longitude()),
                text(checkIn.time()),
                checkIn.actor().orElse(null)), options);
    return mechanicId(response);
  }

  /**
   * Checks a technician out (same user as the check-in) and returns the pair's {@code MechanicId}, {@link
   * CreatedId#unresolved()} when the answer lacks it (the check-out still happened).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param checkOut the check-out
   * @return the pair's {@code MechanicId}
   */
  public CreatedId checkOut(long workOrderId, CheckOut checkOut) {
    return checkOut(workOrderId, checkOut, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param checkOut the check-out
   * @param options per-call options (timeout, extra headers) for this request
   */
  public CreatedId checkOut(long workOrderId, CheckOut checkOut, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(checkOut, "checkOut");
    FieldWire.MechanicResponse response =
        api.checkOut(
            workOrderId,
            new FieldWire.CheckOutRequest(
                checkOut.workTypeId(),
                checkOut.status().map(s -> s.wireValue()).orElse(null),
                checkOut.extendedStatus().orElse(null),
                checkOut.resolution().orElse(null),
                boxed(checkOut.userId()),
                boxed(checkOut.techsCount()),
                boxed(checkOut.latitude()),
                boxed(checkOut.longitude()),
                text(checkOut.time()),
                checkOut.actor().orElse(null)), options);
    return mechanicId(response);
  }

  /**
   * Asks whether a check-in at these coordinates would be accepted.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @return whether the check-in would be accepted, and why not
   */
  public CheckInValidation validateCheckIn(long workOrderId, double latitude, double longitude) {
    return validateCheckIn(workOrderId, latitude, longitude, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @param options per-call options (timeout, extra headers) for this request
   */
  public CheckInValidation validateCheckIn(long workOrderId, double latitude, double longitude, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return validation(api.validateCheckIn(workOrderId, latitude, longitude, null, options));
  }

  /**
   * Asks whether a check-out at these coordinates would be accepted.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @return whether the check-out would be accepted, and why not
   */
  public CheckInValidation validateCheckOut(long workOrderId, double latitude, double longitude) {
    return validateCheckOut(workOrderId, latitude, longitude, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @param options per-call options (timeout, extra headers) for this request
   */
  public CheckInValidation validateCheckOut(long workOrderId, double latitude, double longitude, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return validation(api.validateCheckOut(workOrderId, latitude, longitude, null, options));
  }

  /**
   * {@return the work order's recorded check-in/check-out pairs}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public List<WorkActivity> workActivities(long workOrderId) {
    return workActivities(workOrderId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  public List<WorkActivity> workActivities(long workOrderId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Wire.ODataList<FieldWire.WorkActivity> page = api.workActivities(workOrderId, options);
    List<WorkActivity> activities = new ArrayList<>();
    if (page.value() != null) {
      for (FieldWire.WorkActivity wire : page.value()) {
        if (wire == null || wire.id() == null) {
          continue;
        }
        WorkActivity.Builder activity =
            WorkActivity.builder()
                .id(wire.id())
                .timeIn(ScDates.parse(wire.timeIn(), null))
                .timeOut(ScDates.parse(wire.timeOut(), null))
                .workType(Values.text(wire.workType()));
        if (wire.user() != null) {
          if (wire.user().id() != null) {
            activity.userId(wire.user().id());
          }
          activity.userName(Values.text(wire.user().userName()));
        }
        if (wire.techsCount() != null) {
          activity.techsCount(wire.techsCount());
        }
        activities.add(activity.build());
      }
    }
    return activities;
  }

  private static CheckInValidation validation(FieldWire.Validation wire) {
    return CheckInValidation.builder()
        .outsideGeolocation(Values.bool(wire.outsideGeolocation()))
        .loginTypeAllowed(wire.loginTypeAllowed() == null || Values.bool(wire.loginTypeAllowed()))
        .outsideAcceptableTimeframe(Values.bool(wire.outsideAcceptableTimeframe()))
        .badgeScanRequired(Values.bool(wire.badgeScanRequired()))
        .outsideOperationalHoursMessage(Values.text(wire.outsideOperationalHoursMessage()))
        .build();
  }

  private static CreatedId mechanicId(FieldWire.@Nullable MechanicResponse response) {
    Long id = response == null ? null : response.mechanicId();
    return id == null ? CreatedId.unresolved() : CreatedId.fromAnswer(id);
  }

  private static @Nullable String text(Optional<OffsetDateTime> time) {
    return time.map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null);
  }

  private static @Nullable Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  private static @Nullable Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static @Nullable Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
