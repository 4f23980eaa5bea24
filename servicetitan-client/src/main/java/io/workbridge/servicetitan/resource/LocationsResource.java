package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Location;
import io.workbridge.servicetitan.model.LocationQuery;
import io.workbridge.servicetitan.model.LocationUpdate;
import io.workbridge.servicetitan.model.NewLocation;
import org.jspecify.annotations.Nullable;

/**
 * Locations ({@code crm/v2/tenant/{tenant}/locations}): job sites, each owned by one customer. Create,
 * read, search, update and the locations export feed.
 */
public interface LocationsResource {
  /**
   * Creates a location for an existing customer (an unknown customer is a 409).
   *
   * @param location the location
   * @return the created location
   */
  Location create(NewLocation location);

  /**
   * Reads a location.
   *
   * @param id the location's id
   * @return the location
   */
  Location get(long id);

  /**
   * {@return locations matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  PageIterable<Location> list(LocationQuery query);

  /**
   * Changes a location; lists in the update replace the whole list.
   *
   * @param id the location's id
   * @param update the fields to change
   * @return the changed location
   */
  Location update(long id, LocationUpdate update);

  /**
   * {@return the locations export feed from {@code from} (a persisted token, a date, or null for the
   * beginning)}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<Location> export(@Nullable String from);
}
