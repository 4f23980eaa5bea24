package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Filters;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.StaffQuery;
import io.workbridge.servicetitan.model.Technician;
import java.util.Map;

/**
 * Technicians ({@code settings/v2/tenant/{tenant}/technicians}): list and read. To name the technician who
 * wrote a record (its {@code createdById} is a user id), list with {@link StaffQuery#userIds()}.
 */
public final class TechniciansResource {
  private final StContext context;
  private final OpsApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public TechniciansResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  /**
   * {@return technicians matching the filter (only active ones unless the filter says otherwise)}
   *
   * @param filter the paging and modification-date filter
   */
  public PageIterable<Technician> list(ListFilter filter) {
    Map<String, String> params = Filters.common(filter).build();
    return Feeds.pages(
        "technicians.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listTechnicians(context.tenantId(), page, size, params),
        OpsMapping::technician);
  }

  /**
   * {@return technicians matching the query, e.g. those of some users (only active ones unless the query says
   * otherwise)}
   *
   * @param query the query
   */
  public PageIterable<Technician> list(StaffQuery query) {
    Map<String, String> params = Filters.staff(query).build();
    return Feeds.pages(
        "technicians.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listTechnicians(context.tenantId(), page, size, params),
        OpsMapping::technician);
  }

  /**
   * Reads a technician.
   *
   * @param id the technician's id
   * @return the technician
   */
  public Technician get(long id) {
    return Mapping.map("technicians.get", api.getTechnician(context.tenantId(), id), OpsMapping::technician);
  }
}
