package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.CustomerQuery;
import io.workbridge.servicetitan.model.CustomerUpdate;
import io.workbridge.servicetitan.model.NewCustomer;
import io.workbridge.servicetitan.resource.CustomersResource;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The {@link CustomersResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpCustomersResource implements CustomersResource {
  private final StContext context;
  private final CrmApi api;

  /** Creates the resource; the client calls this. */
  public HttpCustomersResource(StContext context) {
    this.context = context;
    this.api = context.apis().crm();
  }

  @Override
  public Customer create(NewCustomer customer) {
    Objects.requireNonNull(customer, "customer");
    if (customer.locations().isEmpty()) {
      throw new IllegalArgumentException("a new customer needs at least one location");
    }
    var body = CrmMapping.newCustomer(customer, context.applicationGuid());
    return Mapping.map("customers.create", api.createCustomer(context.tenantId(), body), CrmMapping::customer);
  }

  @Override
  public Customer get(long id) {
    return Mapping.map("customers.get", api.getCustomer(context.tenantId(), id), CrmMapping::customer);
  }

  @Override
  public PageIterable<Customer> list(CustomerQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "customers.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listCustomers(context.tenantId(), page, size, filters),
        CrmMapping::customer);
  }

  @Override
  public Customer update(long id, CustomerUpdate update) {
    var body = CrmMapping.customerUpdate(Objects.requireNonNull(update, "update"), context.applicationGuid());
    return Mapping.map(
        "customers.update", api.updateCustomer(context.tenantId(), id, body), CrmMapping::customer);
  }

  @Override
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
