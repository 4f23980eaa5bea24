package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.Invoice;
import io.workbridge.servicechannel.model.InvoiceRequirements;
import io.workbridge.servicechannel.model.NewInvoice;

/**
 * Invoices: a subscriber's requirements, the invoices of a work order, and creating an invoice with line
 * items. Refusals arrive as {@link
 * io.workbridge.servicechannel.InvoiceRejectedException} with a reason (904 not completed, 1104 over NTE, 1107
 * duplicate number, …). Creating is never retried: ServiceChannel has no idempotency keys and invoices cannot
 * be voided through the API. Thread-safe.
 */
public interface InvoicesResource {
  /**
   * {@return the subscriber's invoice rules ({@code GET /invoices/{subscriberId}/InvoiceRequirements})}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   */
  InvoiceRequirements requirements(long subscriberId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  InvoiceRequirements requirements(long subscriberId, RequestOptions options);

  /**
   * {@return the invoices of one work order ({@code GET /odata/invoices?$filter=WoTrackingNumber eq n}), oldest first,
   * fetched page by page as the caller iterates} ServiceChannel lists invoices posted in the last 90 days
   * unless a filter on dates says otherwise, which is enough to find an invoice just created.
   *
   * <p>The description marks the list for subscribers: provider users are often refused with a {@link
   * io.workbridge.servicechannel.PermissionDeniedException} (401, code 504) — be ready to do without it.
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  PageIterable<Invoice> listByWorkOrder(long workOrderId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  PageIterable<Invoice> listByWorkOrder(long workOrderId, RequestOptions options);

  /**
   * Creates an invoice ({@code POST /invoices}) and returns its id.
   *
   * <p>ServiceChannel documents the 201 answer as {@code {"Id": n}}; the official description gives it no
   * body. When the answer carries no id the invoice was still created: the client then looks it up by its
   * number ({@code GET /odata/invoices?$filter=Number eq '…'}, matching the work order when the identifier is
   * a tracking number), repeating the lookup over ServiceChannel's read-replica lag (about 30 s: at once and
   * after 1, 2, 4, 8 and 16 s). Provider users may lack the right to read invoices; the lookup then finds
   * nothing. The result says which way the id was learned; when neither found it, its id is empty — never
   * repeat the write then (a second invoice with the number is refused as a duplicate, 1107).
   *
   * @param invoice the invoice
   * @throws io.workbridge.servicechannel.InvoiceRejectedException when ServiceChannel refuses it
   * @return the new invoice's id
   */
  CreatedId create(NewInvoice invoice);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param invoice the invoice
   * @param options per-call options (timeout, extra headers) for this request
   */
  CreatedId create(NewInvoice invoice, RequestOptions options);
}
