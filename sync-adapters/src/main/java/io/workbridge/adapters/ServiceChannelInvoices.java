package io.workbridge.adapters;

import static io.workbridge.adapters.ServiceChannelFailures.FAILURES;

import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Invoices for {@link ServiceChannelWorkOrderPlatform}: the lookup before creating one, and creating it.
 *
 * <p>The lookup lists the work order's invoices ({@code /odata/invoices} by {@code WoTrackingNumber}) and
 * answers the id of the one with the number (case-insensitive, as ServiceChannel's duplicate check), or
 * empty. Provider users are often not allowed that list; then it answers from the work order's {@code
 * IsInvoiced} flag: not invoiced → empty; invoiced → a {@link RejectionReason#DUPLICATE} rejection, since an
 * invoice exists whose number and id cannot be read back.
 */
final class ServiceChannelInvoices {
  private final ServiceChannelClient client;
  private final LongFunction<io.workbridge.servicechannel.model.WorkOrder> workOrders;

  /**
   * Invoices through a client.
   *
   * @param workOrders reads a work order (rejected when absent), for the {@code IsInvoiced} fallback
   */
  ServiceChannelInvoices(ServiceChannelClient client, LongFunction<io.workbridge.servicechannel.model.WorkOrder> workOrders) {
    this.client = client;
    this.workOrders = workOrders;
  }

  Optional<Long> find(long workOrderId, String invoiceNumber) {
    List<io.workbridge.servicechannel.model.Invoice> invoices;
    try {
      invoices =
          FAILURES.call(
              "listing the invoices of work order " + workOrderId,
              () -> client.invoices().listByWorkOrder(workOrderId).stream().toList());
    } catch (PlatformRejectedException refused) {
      if (refused.reason() != RejectionReason.PERMISSION_DENIED) {
        throw refused;
      }
      return fromInvoicedFlag(workOrderId, invoiceNumber);
    }
    String wanted = invoiceNumber.trim();
    return invoices.stream()
        .filter(invoice -> invoice.number().trim().equalsIgnoreCase(wanted))
        .map(io.workbridge.servicechannel.model.Invoice::id)
        .findFirst();
  }

  private Optional<Long> fromInvoicedFlag(long workOrderId, String invoiceNumber) {
    if (!workOrders.apply(workOrderId).invoiced()) {
      return Optional.empty();
    }
    throw new PlatformRejectedException(
        RejectionReason.DUPLICATE,
        "work order " + workOrderId + " is already invoiced, and this ServiceChannel user may not list invoices"
            + " to confirm that invoice " + invoiceNumber + " is the one on it");
  }

  long submit(long workOrderId, Invoice invoice) {
    NewInvoice.Builder request =
        NewInvoice.builder()
            .number(invoice.number())
            .workOrderIdentifier(Long.toString(workOrderId))
            .invoiceDate(invoice.invoiceDate().atOffset(ZoneOffset.UTC))
            .total(invoice.total().amount())
            .tax(invoice.tax().amount());
    invoice.summary().filter(s -> !s.isBlank()).ifPresent(request::text);
    return FAILURES.call(
            "submitting invoice " + invoice.number() + " for work order " + workOrderId,
            () -> client.invoices().create(request.build()))
        .id()
        .orElseThrow(
            () -> ServiceChannelFailures.idNotVisibleYet(
                "invoice " + invoice.number() + " for work order " + workOrderId));
  }
}
