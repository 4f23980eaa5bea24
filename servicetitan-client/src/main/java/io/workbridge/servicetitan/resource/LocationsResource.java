package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.CrmApi;
import io.workbridge.servicetitan.internal.CrmMapping;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.QueryParams;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Location;
import io.workbridge.servicetitan.model.LocationQuery;
import io.workbridge.servicetitan.model.LocationUpdate;
import io.workbridge.servicetitan.model.NewLocation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Locations ({@code crm/v2/tenant/{tenant}/locations}): job sites, each owned by one customer. Create,
 * read, search, update and the locations export feed.
 */
public final class LocationsResource {
  private final StContext context;
  private final CrmApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public LocationsResource(StContext context) {
    this.context = context;
    this.api = context.apis().crm();
  }

  /**
   * Creates a location for an existing customer (an unknown customer is a 409).
   *
   * @param location the location
   * @return the created location
   */
  public Location create(NewLocation location) {
    Objects.requireNonNull(location, "location");
    if (location.customerId().isEmpty()) {
      throw new IllegalArgumentException("a location created on its own needs a customerId");
    }
    var body = CrmMapping.newLocation(location, context.applicationGuid(), true);
    return Mapping.map("locations.create", api.createLocation(context.tenantId(), body), CrmMapping::location);
  }

  /**
   * Reads a location.
   *
   * @param id the location's id
   * @return the location
   */
  public Location get(long id) {
    return Mapping.map("locations.get", api.getLocation(context.tenantId(), id), CrmMapping::location);
  }

  /**
   * {@return locations matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  public PageIterable<Location> list(LocationQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "locations.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listLocations(context.tenantId(), page, size, filters),
        CrmMapping::location);
  }

  /**
   * Changes a location; lists in the update replace the whole list.
   *
   * @param id the location's id
   * @param update the fields to change
   * @return the changed location
   */
  public Location update(long id, LocationUpdate update) {
    var body = CrmMapping.locationUpdate(Objects.requireNonNull(update, "update"), context.applicationGuid());
    return Mapping.map(
        "locations.update", api.updateLocation(context.tenantId(), id, body), CrmMapping::location);
  }

  /**
   * {@return the locations export feed from {@code from} (a persisted token, a date, or null for the
   * beginning)}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<Location> export(@Nullable String from) {
    return Feeds.export(
        "locations.export",
        from,
        token -> api.exportLocations(context.tenantId(), token, Map.of()),
        CrmMapping::location);
  }

  private Map<String, String> filters(LocationQuery query) {
    return new QueryParams()
        .list("ids", query.ids())
        .put("customerId", query.customerId())
        .put("name", query.name())
        .put("street", query.street())
        .put("unit", query.unit())
        .put("city", query.city())
        .put("state", query.state())
        .put("zip", query.zip())
        .put("country", query.country())
        .put("active", query.active())
        .put("createdBefore", query.createdBefore())
        .put("createdOnOrAfter", query.createdOnOrAfter())
        .put("modifiedBefore", query.modifiedBefore())
        .put("modifiedOnOrAfter", query.modifiedOnOrAfter())
        .put("externalDataApplicationGuid", Optional.ofNullable(context.applicationGuid()))
        .put("externalDataKey", query.externalDataKey())
        .list("externalDataValues", query.externalDataValues())
        .put("sort", query.sort())
        .build();
  }
}
