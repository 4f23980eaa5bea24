package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Filters;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Employee;
import io.workbridge.servicetitan.model.StaffQuery;
import java.util.Map;
import java.util.Objects;

/**
 * Employees ({@code settings/v2/tenant/{tenant}/employees}): the office staff (technicians are in {@link
 * TechniciansResource}). List and read. To name the employee who wrote a record (its {@code createdById}
 * is a user id), list with {@link StaffQuery#userIds()}.
 */
public final class EmployeesResource {
  private final StContext context;
  private final OpsApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public EmployeesResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  /**
   * {@return employees matching the query (only active ones unless the query says otherwise), fetched lazily}
   *
   * @param query the query
   */
  public PageIterable<Employee> list(StaffQuery query) {
    Map<String, String> params = Filters.staff(Objects.requireNonNull(query, "query")).build();
    return Feeds.pages(
        "employees.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listEmployees(context.tenantId(), page, size, params),
        OpsMapping::employee);
  }

  /**
   * Reads an employee.
   *
   * @param id the employee's id
   * @return the employee
   */
  public Employee get(long id) {
    return Mapping.map("employees.get", api.getEmployee(context.tenantId(), id), OpsMapping::employee);
  }
}
