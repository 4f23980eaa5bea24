package io.workbridge.servicechannel.internal;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.resource.LocationsResource;
import java.util.Objects;

/** The {@link LocationsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpLocationsResource implements LocationsResource {
  private final ScApi api;

  /** Creates the resource; the client calls this. */
  public HttpLocationsResource(ScApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public Location get(long locationId) {
    return get(locationId, RequestOptions.none());
  }

  @Override
  public Location get(long locationId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.standaloneLocation(api.getLocation(locationId, options), locationId);
  }
}
