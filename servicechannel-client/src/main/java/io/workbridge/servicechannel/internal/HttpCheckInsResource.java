package io.workbridge.servicechannel.internal;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CheckInValidation;
import io.workbridge.servicechannel.model.CheckOut;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.WorkActivity;
import io.workbridge.servicechannel.resource.CheckInsResource;
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

/** The {@link CheckInsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpCheckInsResource implements CheckInsResource {
  private final ScApi api;

  /** Creates the resource; the client calls this. */
  public HttpCheckInsResource(ScApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public CreatedId checkIn(long workOrderId, CheckIn checkIn) {
    return checkIn(workOrderId, checkIn, RequestOptions.none());
  }

  @Override
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

  @Override
  public CreatedId checkOut(long workOrderId, CheckOut checkOut) {
    return checkOut(workOrderId, checkOut, RequestOptions.none());
  }

  @Override
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

  @Override
  public CheckInValidation validateCheckIn(long workOrderId, double latitude, double longitude) {
    return validateCheckIn(workOrderId, latitude, longitude, RequestOptions.none());
  }

  @Override
  public CheckInValidation validateCheckIn(long workOrderId, double latitude, double longitude, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return validation(api.validateCheckIn(workOrderId, latitude, longitude, null, options));
  }

  @Override
  public CheckInValidation validateCheckOut(long workOrderId, double latitude, double longitude) {
    return validateCheckOut(workOrderId, latitude, longitude, RequestOptions.none());
  }

  @Override
  public CheckInValidation validateCheckOut(long workOrderId, double latitude, double longitude, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return validation(api.validateCheckOut(workOrderId, latitude, longitude, null, options));
  }

  @Override
  public List<WorkActivity> workActivities(long workOrderId) {
    return workActivities(workOrderId, RequestOptions.none());
  }

  @Override
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
