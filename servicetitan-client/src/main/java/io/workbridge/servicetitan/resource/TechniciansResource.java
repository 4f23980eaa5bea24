package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.StaffQuery;
import io.workbridge.servicetitan.model.Technician;

/**
 * Technicians ({@code settings/v2/tenant/{tenant}/technicians}): list and read. To name the technician who
 * wrote a record (its {@code createdById} is a user id), list with {@link StaffQuery#userIds()}.
 */
public interface TechniciansResource {
  /**
   * {@return technicians matching the filter (only active ones unless the filter says otherwise)}
   *
   * @param filter the paging and modification-date filter
   */
  PageIterable<Technician> list(ListFilter filter);

  /**
   * {@return technicians matching the query, e.g. those of some users (only active ones unless the query says
   * otherwise)}
   *
   * @param query the query
   */
  PageIterable<Technician> list(StaffQuery query);

  /**
   * Reads a technician.
   *
   * @param id the technician's id
   * @return the technician
   */
  Technician get(long id);
}
