package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Employee;
import io.workbridge.servicetitan.model.StaffQuery;
import io.workbridge.servicetitan.resource.EmployeesResource;
import java.util.Map;
import java.util.Objects;

/** The {@link EmployeesResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpEmployeesResource implements EmployeesResource {
  private final StContext context;
  private final OpsApi api;

  /** Creates the resource; the client calls this. */
  public HttpEmployeesResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  @Override
  public PageIterable<Employee> list(StaffQuery query) {
    Map<String, String> params = Filters.staff(Objects.requireNonNull(query, "query")).build();
    return Feeds.pages(
        "employees.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listEmployees(context.tenantId(), page, size, params),
        OpsMapping::employee);
  }

  @Override
  public Employee get(long id) {
    return Mapping.map("employees.get", api.getEmployee(context.tenantId(), id), OpsMapping::employee);
  }
}
