package io.workbridge.adapters;

import static io.workbridge.adapters.ServiceChannelFailures.FAILURES;

import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.model.CheckOutStatus;
import io.workbridge.servicechannel.model.GpsRadius;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Check-in and check-out for {@link ServiceChannelWorkOrderPlatform}: placed at the store's coordinates (from
 * the full location, else {@code GET /workorders/{id}/GPSRadius}; the work order's embedded location has none)
 * with the time in the store's zone. Refused as {@link RejectionReason#CHECK_IN_REFUSED} — the workflow then
 * writes a note instead — when the work order denies API check-in (IVR only) or no coordinates are known.
 * What it needs of the work order comes from the version the adapter keeps, not from a read per check-in.
 */
final class ServiceChannelCheckIns {
  private final ServiceChannelClient client;
  private final String apiUsername;
  private final LongFunction<Target> targets;

  /**
   * What a check-in on a work order needs to know.
   *
   * @param checkInDenial why the work order denies API check-ins; empty when it allows them
   * @param locationId the work order's location
   * @param location the full location, when it can be read
   * @param zone the store's time zone
   */
  record Target(Optional<String> checkInDenial, long locationId, Optional<Location> location, ZoneId zone) {}

  /**
   * Check-ins through a client.
   *
   * @param apiUsername the API user's login, whose work activities carry no technician id
   * @param targets what a check-in on a work order needs to know (rejected when the work order is absent)
   */
  ServiceChannelCheckIns(ServiceChannelClient client, String apiUsername, LongFunction<Target> targets) {
    this.client = client;
    this.apiUsername = apiUsername;
    this.targets = targets;
  }

  void checkIn(long workOrderId, CheckIn checkIn) {
    Site site = site(workOrderId);
    io.workbridge.servicechannel.model.CheckIn.Builder request =
        io.workbridge.servicechannel.model.CheckIn.builder()
            .latitude(site.latitude())
            .longitude(site.longitude())
            .time(checkIn.at().atZone(site.zone()).toOffsetDateTime());
    checkIn.userId().ifPresent(request::userId);
    FAILURES.call("checking in on work order " + workOrderId, () -> client.checkIns().checkIn(workOrderId, request.build()));
  }

  void checkOut(long workOrderId, CheckIn checkOut) {
    Site site = site(workOrderId);
    io.workbridge.servicechannel.model.CheckOut.Builder request =
        io.workbridge.servicechannel.model.CheckOut.builder()
            .status(CheckOutStatus.NO_STATUS_CHANGE)
            .latitude(site.latitude())
            .longitude(site.longitude())
            .time(checkOut.at().atZone(site.zone()).toOffsetDateTime());
    checkOut.userId().ifPresent(request::userId);
    FAILURES.call(
        "checking out on work order " + workOrderId, () -> client.checkIns().checkOut(workOrderId, request.build()));
  }

  /** The visits recorded on the work order, oldest first; the API user's carry no technician id. */
  List<WorkActivity> workActivities(long workOrderId) {
    List<io.workbridge.servicechannel.model.WorkActivity> activities =
        FAILURES.call(
            "reading the work activities of work order " + workOrderId,
            () -> client.checkIns().workActivities(workOrderId));
    List<WorkActivity> mapped = new ArrayList<>();
    for (io.workbridge.servicechannel.model.WorkActivity activity : activities) {
      if (activity.timeIn().isEmpty()) {
        continue;
      }
      WorkActivity.Builder builder =
          WorkActivity.builder().checkedInAt(activity.timeIn().get()).checkedOutAt(activity.timeOut());
      boolean apiUser = activity.userName().map(name -> name.equalsIgnoreCase(apiUsername)).orElse(false);
      if (!apiUser && activity.userId().isPresent()) {
        builder.userId(activity.userId().getAsLong());
      }
      mapped.add(builder.build());
    }
    mapped.sort(Comparator.comparing(WorkActivity::checkedInAt));
    return mapped;
  }

  /** Where and in which zone a check-in on the work order happens. */
  private record Site(double latitude, double longitude, ZoneId zone) {}

  private Site site(long workOrderId) {
    Target target = targets.apply(workOrderId);
    if (target.checkInDenial().isPresent()) {
      throw new PlatformRejectedException(
          RejectionReason.CHECK_IN_REFUSED,
          "work order " + workOrderId + " denies API check-in: " + target.checkInDenial().get());
    }
    Optional<Location> location = target.location();
    ZoneId zone = target.zone();
    if (location.isPresent() && location.get().hasCoordinates()) {
      return new Site(location.get().latitude().getAsDouble(), location.get().longitude().getAsDouble(), zone);
    }
    GpsRadius radius =
        FAILURES.call(
            "reading the GPS radius of work order " + workOrderId, () -> client.workOrders().gpsRadius(workOrderId));
    if (radius.hasCoordinates()) {
      return new Site(radius.latitude().getAsDouble(), radius.longitude().getAsDouble(), zone);
    }
    throw new PlatformRejectedException(
        RejectionReason.CHECK_IN_REFUSED,
        "work order " + workOrderId + ": ServiceChannel has no GPS coordinates for location "
            + target.locationId()
            + " (neither the location nor the work order's GPS radius gives any), so no API check-in can be"
            + " placed there");
  }
}
