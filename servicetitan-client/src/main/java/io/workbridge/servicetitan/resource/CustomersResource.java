package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.CrmApi;
import io.workbridge.servicetitan.internal.CrmMapping;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.QueryParams;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.CustomerQuery;
import io.workbridge.servicetitan.model.CustomerUpdate;
import io.workbridge.servicetitan.model.NewCustomer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Customers ({@code crm/v2/tenant/{tenant}/customers}): create with locations, read, search, update and
 * the customers export feed. Lists return only active customers unless the query says {@code ANY}.
 */
public final class CustomersResource {
  private final StContext context;
  private final CrmApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public CustomersResource(StContext context) {
    this.context = context;
    this.api = context.apis().crm();
  }

  /**
   * Creates a customer with its locations; the answer carries the created locations and contacts.
   *
   * @param customer the customer
   * @return the created customer
   */
  public Customer create(NewCustomer customer) {
    Objects.requireNonNull(customer, "customer");
    if (customer.locations().isEmpty()) {
      throw new IllegalArgumentException("a new customer needs at least one location");
    }
    var body = CrmMapping.newCustomer(customer, context.applicationGuid());
    return Mapping.map("customers.create", api.createCustomer(context.tenantId(), body), CrmMapping::customer);
  }

  /**
   * Reads a customer.
   *
   * @param id the customer's id
   * @return the customer
   */
  public Customer get(long id) {
    return Mapping.map("customers.get", api.getCustomer(context.tenantId(), id), CrmMapping::customer);
  }

  /**
   * {@return customers matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  public PageIterable<Customer> list(CustomerQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "customers.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listCustomers(context.tenantId(), page, size, filters),
        CrmMapping::customer);
  }

  /**
   * Changes a customer; lists in the update replace the whole list.
   *
   * @param id the customer's id
   * @param update the fields to change
   * @return the changed customer
   */
  public Customer update(long id, CustomerUpdate update) {
    var body = CrmMapping.customerUpdate(Objects.requireNonNull(update, "update"), context.applicationGuid());
    return Mapping.map(
        "customers.update", api.updateCustomer(context.tenantId(), id, body), CrmMapping::customer);
  }

  /**
   * {@return the customers export feed from {@code from} (a persisted {@code continueFrom} token, a date, or
   * null for the beginning); active, inactive and merged customers alike}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<Customer> export(@Nullable String from) {
    return Feeds.export(
        "customers.export",
        from,
        token -> api.exportCustomers(context.tenantId(), token, Map.of()),
        CrmMapping::customer);
  }

  private Map<String, String> filters(CustomerQuery query) {
    QueryParams params =
        new QueryParams()
            .list("ids", query.ids())
            .put("name", query.name())
            .put("street", query.street())
            .put("unit", query.unit())
            .put("city", query.city())
            .put("state", query.state())
            .put("zip", query.zip())
            .put("country", query.country())
            .put("phone", query.phone())
            .put("active", query.active())
            .put("createdBefore", query.createdBefore())
            .put("createdOnOrAfter", query.createdOnOrAfter())
            .put("modifiedBefore", query.modifiedBefore())
            .put("modifiedOnOrAfter", query.modifiedOnOrAfter())
            .put("externalDataApplicationGuid", Optional.ofNullable(context.applicationGuid()))
            .put("externalDataKey", query.externalDataKey())
            .list("externalDataValues", query.externalDataValues())
            .put("sort", query.sort());
    return params.build();
  }
}
