package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.CustomerQuery;
import io.workbridge.servicetitan.model.CustomerUpdate;
import io.workbridge.servicetitan.model.NewCustomer;
import org.jspecify.annotations.Nullable;

/**
 * Customers ({@code crm/v2/tenant/{tenant}/customers}): create with locations, read, search, update and
 * the customers export feed. Lists return only active customers unless the query says {@code ANY}.
 */
public interface CustomersResource {
  /**
   * Creates a customer with its locations; the answer carries the created locations and contacts.
   *
   * @param customer the customer
   * @return the created customer
   */
  Customer create(NewCustomer customer);

  /**
   * Reads a customer.
   *
   * @param id the customer's id
   * @return the customer
   */
  Customer get(long id);

  /**
   * {@return customers matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  PageIterable<Customer> list(CustomerQuery query);

  /**
   * Changes a customer; lists in the update replace the whole list.
   *
   * @param id the customer's id
   * @param update the fields to change
   * @return the changed customer
   */
  Customer update(long id, CustomerUpdate update);

  /**
   * {@return the customers export feed from {@code from} (a persisted {@code continueFrom} token, a date, or
   * null for the beginning); active, inactive and merged customers alike}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<Customer> export(@Nullable String from);
}
