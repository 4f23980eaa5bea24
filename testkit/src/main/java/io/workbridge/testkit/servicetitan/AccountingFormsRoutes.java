package io.workbridge.testkit.servicetitan;

import static io.workbridge.testkit.servicetitan.StViews.id;
import static io.workbridge.testkit.servicetitan.StViews.notFound;
import static io.workbridge.testkit.servicetitan.StViews.views;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Accounting (invoices: list, export, mark-as-exported with per-item results; amounts as strings) and
 * Forms (job attachments: multipart upload, list, download answered with a 302 to file storage).
 */
final class AccountingFormsRoutes {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
  private static final Set<String> STATUSES = Set.of("Pending", "Posted", "Exported");

  private final StState state;
  private final ServiceTitanSimulator.Settings settings;
  private final BlobStore blobs;

  AccountingFormsRoutes(StState state, ServiceTitanSimulator.Settings settings, BlobStore blobs) {
    this.state = state;
    this.settings = settings;
    this.blobs = blobs;
  }

  void register(ApiSimulator.Builder api) {
    String accounting = "/accounting/v2/tenant/{tenant}";
    String forms = "/forms/v2/tenant/{tenant}";
    api.get(accounting + "/invoices", this::listInvoices)
        .get(accounting + "/export/invoices", this::exportInvoices)
        .post(accounting + "/invoices/markasexported", this::markExported)
        .post(forms + "/jobs/{id}/attachments", this::upload)
        .get(forms + "/jobs/{jobId}/attachments", this::listAttachments)
        .get(forms + "/jobs/attachment/{id}", this::download);
  }

  // ---- invoices

  private SimResponse listInvoices(SimRequest request) {
    List<String> statuses = request.queryValues("statuses");
    for (String status : statuses) {
      new StErrors.Check().require(STATUSES.contains(status), "statuses", "The value '" + status + "' is not valid.").throwIfAny();
    }
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request).and(StQuery.dateRanges(request))
            .and(row -> statuses.isEmpty() || statuses.contains(String.valueOf(row.get("syncStatus"))))
            .and(row -> request.queryLong("jobId").map(j -> row.get("job") instanceof Map<?, ?> job && j.equals(job.get("id"))).orElse(true));
    return SimResponse.ok(StQuery.page(request, views(state.invoices.where(filter), request)));
  }

  private SimResponse exportInvoices(SimRequest request) {
    Map<String, @Nullable Object> page = StQuery.export(request, state.invoices, settings.exportPageSize());
    @SuppressWarnings("unchecked")
    List<Map<String, @Nullable Object>> data = (List<Map<String, @Nullable Object>>) page.get("data");
    page.put("data", views(data, request));
    return SimResponse.ok(page);
  }

  private SimResponse markExported(SimRequest request) {
    Object json = request.bodyJson();
    if (!(json instanceof List<?> items)) {
      throw ApiError.badRequest("The request body must be an array.");
    }
    List<Object> results = new ArrayList<>();
    for (Object item : items) {
      Map<?, ?> mark = item instanceof Map<?, ?> m ? m : Map.of();
      Object idValue = mark.get("invoiceId");
      if (!(idValue instanceof Number number)) {
        throw new ApiError(400, null, "One or more validation errors occurred.")
            .withFieldError("invoiceId", "The invoiceId field is required.");
      }
      long invoiceId = number.longValue();
      Optional<Map<String, @Nullable Object>> invoice = state.invoices.find(invoiceId);
      String error = null;
      if (invoice.isEmpty()) {
        error = "Invoice " + invoiceId + " was not found.";
      } else if ("Exported".equals(invoice.get().get("syncStatus"))) {
        error = "Invoice " + invoiceId + " is already exported.";
      } else if ("Pending".equals(invoice.get().get("syncStatus"))) {
        error = "Invoice " + invoiceId + " is not posted.";
      }
      if (error == null) {
        markExported(invoiceId, mark.get("externalId") == null ? null : String.valueOf(mark.get("externalId")));
      }
      results.add(Json.obj("invoiceId", invoiceId, "success", error == null, "errorMessage", error));
    }
    return SimResponse.ok(results);
  }

  /** Creates a Pending invoice for a job, amounts as strings like the real API. */
  Map<String, @Nullable Object> createInvoice(long jobId, String subTotal, String salesTax) {
    Map<String, @Nullable Object> job = state.jobs.require(jobId);
    java.math.BigDecimal total = new java.math.BigDecimal(subTotal).add(new java.math.BigDecimal(salesTax));
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("syncStatus", "Pending");
    row.put("referenceNumber", "INV-" + jobId);
    row.put("invoiceDate", state.now().toString());
    row.put("dueDate", state.now().plus(java.time.Duration.ofDays(30)).toString());
    row.put("subTotal", subTotal);
    row.put("salesTax", salesTax);
    row.put("total", total.toPlainString());
    row.put("balance", total.toPlainString());
    row.put("customer", Json.obj("id", job.get("customerId"), "name", "Customer " + job.get("customerId")));
    row.put("location", Json.obj("id", job.get("locationId"), "name", "Location " + job.get("locationId")));
    row.put("businessUnit", Json.obj("id", job.get("businessUnitId"), "name", "Business unit"));
    row.put("job", Json.obj("id", jobId, "number", job.get("jobNumber"), "type", "Service Call"));
    row.put("sentStatus", "NotSent");
    row.put("reviewStatus", "NeedsReview");
    row.put("invoiceConfiguration", "JobInvoice");
    row.put("exportId", null);
    row.put("items", new ArrayList<>());
    row.put("customFields", new ArrayList<>());
    Map<String, @Nullable Object> invoice = state.invoices.insert(row);
    job.put("invoiceId", id(invoice));
    job.put("total", total);
    state.jobs.touch(jobId);
    return invoice;
  }

  private void markExported(long invoiceId, @Nullable String exportId) {
    Map<String, @Nullable Object> row = state.invoices.require(invoiceId);
    row.put("syncStatus", "Exported");
    row.put("exportId", exportId);
    state.invoices.touch(invoiceId);
  }

  /** Exports a Posted invoice (the accounting system took it). */
  void exportInvoice(long invoiceId, String exportId) {
    Map<String, @Nullable Object> invoice = state.invoices.require(invoiceId);
    if (!"Posted".equals(invoice.get("syncStatus"))) {
      throw new IllegalStateException("invoice " + invoiceId + " is " + invoice.get("syncStatus") + ", not Posted");
    }
    markExported(invoiceId, exportId);
  }

  /** Posts a Pending invoice. */
  void postInvoice(long invoiceId) {
    Map<String, @Nullable Object> invoice = state.invoices.require(invoiceId);
    if (!"Pending".equals(invoice.get("syncStatus"))) {
      throw new IllegalStateException("invoice " + invoiceId + " is " + invoice.get("syncStatus"));
    }
    invoice.put("syncStatus", "Posted");
    state.invoices.touch(invoiceId);
  }

  // ---- attachments

  private SimResponse upload(SimRequest request) {
    long jobId = request.pathLong("id");
    if (!state.jobs.contains(jobId)) {
      throw notFound("Job", jobId);
    }
    String contentType = request.header("Content-Type").orElse("");
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!contentType.startsWith("multipart/form-data") || !boundary.find()) {
      throw ApiError.badRequest("The file must be sent as multipart/form-data.");
    }
    Part file = filePart(request.bodyBytes().toByteArray(), boundary.group(1))
        .orElseThrow(() -> new ApiError(400, null, "One or more validation errors occurred.").withFieldError("file", "The file part is required."));
    attach(jobId, file.fileName(), file.content());
    return SimResponse.ok(Json.obj("fileName", file.fileName()));
  }

  /** Stores an attachment of a job and its content. */
  Map<String, @Nullable Object> attach(long jobId, String fileName, byte[] content) {
    state.jobs.require(jobId);
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("jobId", jobId);
    row.put("fileName", fileName);
    row.put("createdById", 1L);
    row.put("_content", content.clone());
    Map<String, @Nullable Object> attachment = state.attachments.insert(row);
    blobs.put(id(attachment), content);
    return attachment;
  }

  private SimResponse listAttachments(SimRequest request) {
    long jobId = request.pathLong("jobId");
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    for (Map<String, @Nullable Object> attachment : state.attachments.where(a -> Long.valueOf(jobId).equals(a.get("jobId")))) {
      rows.add(Json.obj("id", attachment.get("id"), "fileName", attachment.get("fileName"),
          "createdOn", attachment.get("createdOn"), "createdById", attachment.get("createdById")));
    }
    return SimResponse.ok(StQuery.page(request, rows));
  }

  private SimResponse download(SimRequest request) {
    long id = request.pathLong("id");
    if (!state.attachments.contains(id)) {
      throw notFound("Attachment", id);
    }
    return SimResponse.status(302).withHeader("Location", blobs.url(id));
  }

  private record Part(String fileName, byte[] content) {}

  /** Finds the part named {@code file} in a multipart body (bytes kept exactly). */
  private static Optional<Part> filePart(byte[] body, String boundary) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    for (String chunk : text.split("--" + Pattern.quote(boundary))) {
      int headerEnd = chunk.indexOf("\r\n\r\n");
      if (headerEnd < 0) {
        continue;
      }
      String headers = chunk.substring(0, headerEnd);
      if (!headers.contains("name=\"file\"")) {
        continue;
      }
      Matcher name = FILENAME.matcher(headers);
      String fileName = name.find() ? name.group(1) : "file";
      String content = chunk.substring(headerEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      return Optional.of(new Part(fileName, content.getBytes(StandardCharsets.ISO_8859_1)));
    }
    return Optional.empty();
  }
}
