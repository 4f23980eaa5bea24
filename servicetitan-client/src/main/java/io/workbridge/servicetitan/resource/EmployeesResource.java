package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Employee;
import io.workbridge.servicetitan.model.StaffQuery;

/**
 * Employees ({@code settings/v2/tenant/{tenant}/employees}): the office staff (technicians are in {@link
 * TechniciansResource}). List and read. To name the employee who wrote a record (its {@code createdById}
 * is a user id), list with {@link StaffQuery#userIds()}.
 */
public interface EmployeesResource {
  /**
   * {@return employees matching the query (only active ones unless the query says otherwise), fetched lazily}
   *
   * @param query the query
   */
  PageIterable<Employee> list(StaffQuery query);

  /**
   * Reads an employee.
   *
   * @param id the employee's id
   * @return the employee
   */
  Employee get(long id);
}
