package io.workbridge.servicechannel.resource;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.Location;

/**
 * Subscribers' locations (stores, sites). The location a work order embeds is sparse in live responses (no
 * address, phone, coordinates, radius or time zone); {@link #get(long)} reads the full one. Locations rarely
 * change: read each once and keep it. Thread-safe.
 */
public interface LocationsResource {
  /**
   * {@return one location ({@code GET /locations/{id}}): store id and name, address ({@code Address1}, {@code
   * Address2}, city, state, ZIP, country), phone, GPS coordinates and check-in radius, and its IANA time
   * zone}
   *
   * @param locationId the ServiceChannel location's id
   * @throws io.workbridge.client.NotFoundException when it does not exist (ServiceChannel error 601)
   * @throws io.workbridge.servicechannel.PermissionDeniedException when the user may not read locations
   */
  Location get(long locationId);

  /**
   * The same, with per-call {@link RequestOptions} (timeout, extra headers).
   *
   * @param locationId the ServiceChannel location's id
   * @param options per-call options (timeout, extra headers) for this request
   * @return the created location
   */
  Location get(long locationId, RequestOptions options);
}
