package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Location;
import io.workbridge.servicetitan.model.LocationQuery;
import io.workbridge.servicetitan.model.LocationUpdate;
import io.workbridge.servicetitan.model.NewLocation;
import io.workbridge.servicetitan.resource.LocationsResource;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The {@link LocationsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpLocationsResource implements LocationsResource {
  private final StContext context;
  private final CrmApi api;

  /** Creates the resource; the client calls this. */
  public HttpLocationsResource(StContext context) {
    this.context = context;
    this.api = context.apis().crm();
  }

  @Override
  public Location create(NewLocation location) {
    Objects.requireNonNull(location, "location");
    if (location.customerId().isEmpty()) {
      throw new IllegalArgumentException("a location created on its own needs a customerId");
    }
    var body = CrmMapping.newLocation(location, context.applicationGuid(), true);
    return Mapping.map("locations.create", api.createLocation(context.tenantId(), body), CrmMapping::location);
  }

  @Override
  public Location get(long id) {
    return Mapping.map("locations.get", api.getLocation(context.tenantId(), id), CrmMapping::location);
  }

  @Override
  public PageIterable<Location> list(LocationQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "locations.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listLocations(context.tenantId(), page, size, filters),
        CrmMapping::location);
  }

  @Override
  public Location update(long id, LocationUpdate update) {
    var body = CrmMapping.locationUpdate(Objects.requireNonNull(update, "update"), context.applicationGuid());
    return Mapping.map(
        "locations.update", api.updateLocation(context.tenantId(), id, body), CrmMapping::location);
  }

  @Override
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
