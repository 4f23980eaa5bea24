package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.StaffQuery;
import io.workbridge.servicetitan.model.Technician;
import io.workbridge.servicetitan.resource.TechniciansResource;
import java.util.Map;

/** The {@link TechniciansResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpTechniciansResource implements TechniciansResource {
  private final StContext context;
  private final OpsApi api;

  /** Creates the resource; the client calls this. */
  public HttpTechniciansResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  @Override
  public PageIterable<Technician> list(ListFilter filter) {
    Map<String, String> params = Filters.common(filter).build();
    return Feeds.pages(
        "technicians.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listTechnicians(context.tenantId(), page, size, params),
        OpsMapping::technician);
  }

  @Override
  public PageIterable<Technician> list(StaffQuery query) {
    Map<String, String> params = Filters.staff(query).build();
    return Feeds.pages(
        "technicians.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listTechnicians(context.tenantId(), page, size, params),
        OpsMapping::technician);
  }

  @Override
  public Technician get(long id) {
    return Mapping.map("technicians.get", api.getTechnician(context.tenantId(), id), OpsMapping::technician);
  }
}
