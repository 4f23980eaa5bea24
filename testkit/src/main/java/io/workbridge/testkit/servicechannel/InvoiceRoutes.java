package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's invoice requirements, invoice creation with the completed-status (904), NTE (1104), unique
 * number (1107) and amount (1103/1119/1120) rules, and the OData invoice list.
 */
final class InvoiceRoutes {
  private final ScState state;
  private final ScWebhooks webhooks;

  InvoiceRoutes(ScState state, ScWebhooks webhooks) {
    this.state = state;
    this.webhooks = webhooks;
  }

  void register(ApiSimulator.Builder api) {
    api.get("/v3/invoices/{subscriberId}/InvoiceRequirements", this::invoiceRequirements)
        .post("/v3/invoices", this::createInvoice)
        .get("/v3/odata/invoices", this::odataInvoices);
  }

  private SimResponse invoiceRequirements(SimRequest request) {
    SubscriberSetup subscriber = state.subscribers.get(request.pathLong("subscriberId"));
    if (subscriber == null) {
      throw sc(400, 503, "The provider has no contract with the requested subscriber");
    }
    return SimResponse.ok(
        Json.obj(
            "DaysBeforePostingDate", 30L,
            "MaxDaysAfterPostingDate", 90L,
            "RequireResolutionText", subscriber.requireResolutionText(),
            "IsInvoiceNumberValidationFeatureEnabled", false,
            "LaborTradeIds", List.copyOf(subscriber.laborTradeIds()),
            "MaterialsTradeIds", List.of(),
            "TravelTradeIds", List.of(),
            "OtherTradeIds", List.of(),
            "IsProviderAbleToAddSalesTax", true));
  }

  private SimResponse createInvoice(SimRequest request) {
    JsonObject body = request.bodyObject();
    String number = body.optString("InvoiceNumber").map(String::trim).orElse("");
    String identifier = body.optString("WoIdentifier").map(String::trim).orElse("");
    if (number.isEmpty() || identifier.isEmpty()) {
      throw sc(400, 503, "InvoiceNumber and WoIdentifier are required");
    }
    ScState.WorkOrder wo =
        state.visible().stream()
            .filter(w -> Long.toString(w.id).equals(identifier) || w.number.equals(identifier))
            .findFirst()
            .orElseThrow(() -> sc(400, 917, "Invalid Tracking Number"));
    if (wo.onHold) {
      throw sc(400, 933, "Workorder is on hold, no actions allowed");
    }
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    if (!ScViews.billable(wo)) {
      throw sc(400, 904, "Invalid WO Status. WO must be in 'COMPLETED' or 'COMPLETED/CONFIRMED' status");
    }
    if (wo.invoiced) {
      throw sc(400, 1105, "Invoice already exists for this work order");
    }
    if (state.invoices.values().stream()
        .anyMatch(i -> i.subscriberId == wo.subscriberId && i.number.equalsIgnoreCase(number))) {
      throw sc(400, 1107, "Duplicate invoice number");
    }
    BigDecimal total = body.optDecimal("InvoiceTotal").orElseThrow(() -> sc(400, 1102, "Invoice total is null"));
    BigDecimal tax = body.optDecimal("InvoiceTax").orElse(BigDecimal.ZERO);
    if (total.compareTo(wo.nte) > 0) {
      throw sc(400, 1104, "Invoice total is greater than NTE");
    }
    if (subscriber.requireResolutionText() && body.optString("InvoiceText").filter(s -> !s.isBlank()).isEmpty()) {
      throw sc(400, 1163, "Resolution text is required");
    }
    JsonObject amounts = body.optObject("InvoiceAmountsDetails").orElse(new JsonObject(Map.of()));
    BigDecimal labor = amounts.optDecimal("LaborAmount").orElse(BigDecimal.ZERO);
    BigDecimal material = amounts.optDecimal("MaterialAmount").orElse(BigDecimal.ZERO);
    BigDecimal sum =
        labor.add(material)
            .add(amounts.optDecimal("TravelAmount").orElse(BigDecimal.ZERO))
            .add(amounts.optDecimal("FreightAmount").orElse(BigDecimal.ZERO))
            .add(amounts.optDecimal("OtherAmount").orElse(BigDecimal.ZERO));
    if (body.has("InvoiceAmountsDetails") && sum.add(tax).compareTo(total) != 0) {
      throw sc(400, 1103, "Invoice amounts are inconsistent with the total");
    }
    List<JsonObject> labors = body.has("Labors") ? body.objects("Labors") : List.of();
    List<JsonObject> materials = body.has("Materials") ? body.objects("Materials") : List.of();
    if (subscriber.laborTradeIds().contains(wo.tradeId) && labors.isEmpty()) {
      throw sc(400, 1151, "Labor line items are required for this trade");
    }
    if (!labors.isEmpty() && lineSum(labors).compareTo(labor) != 0) {
      throw sc(400, 1119, "Labor line items do not add up to LaborAmount");
    }
    if (!materials.isEmpty() && lineSum(materials).compareTo(material) != 0) {
      throw sc(400, 1120, "Material line items do not add up to MaterialAmount");
    }
    ScState.Invoice invoice = new ScState.Invoice();
    invoice.id = state.nextInvoiceId();
    invoice.number = number;
    invoice.workOrderId = wo.id;
    invoice.subscriberId = wo.subscriberId;
    invoice.total = total;
    invoice.tax = tax;
    invoice.currency = wo.currency;
    invoice.posted = state.now();
    invoice.request.putAll(body.asMap());
    state.invoices.put(invoice.id, invoice);
    wo.invoiced = true;
    wo.updatedDate = state.now();
    webhooks.deliverInvoice(invoice);
    return SimResponse.json(201, Json.obj("Id", invoice.id));
  }

  /**
   * {@code GET /odata/invoices}: the provider's invoices posted in the last 90 days unless the filter names
   * {@code PostedDate}, filtered ({@code WoTrackingNumber eq n}, …), ordered and paged like work orders. A
   * test denies it to play a provider user without the right (the description reserves it for subscribers).
   */
  private SimResponse odataInvoices(SimRequest request) {
    ODataQuery<ScState.Invoice> query =
        ODataQuery.parse(request.query("$filter").orElse(null), ODataQuery.INVOICE_FIELDS);
    Comparator<ScState.Invoice> order =
        ODataQuery.orderBy(request.query("$orderby").orElse(null), ODataQuery.INVOICE_FIELDS);
    Instant since = state.now().minus(Duration.ofDays(90));
    List<Object> value =
        state.invoices.values().stream()
            .filter(i -> query.mentions("posteddate") || !i.posted.isBefore(since))
            .filter(query::matches)
            .sorted(order)
            .map(i -> (Object) ScViews.invoice(i, state.location(state.workOrderOrFail(i.workOrderId)).zone))
            .collect(Collectors.toList());
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("@odata.context", state.url("/v3/odata/$metadata#invoices"));
    body.putAll(ScOData.page(request, value));
    return SimResponse.ok(body);
  }

  private static BigDecimal lineSum(List<JsonObject> lines) {
    return lines.stream()
        .map(l -> l.optDecimal("Amount").orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
