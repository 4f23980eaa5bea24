package io.workbridge.servicechannel;

import io.workbridge.client.RateLimiter;
import io.workbridge.client.Secret;
import io.workbridge.servicechannel.model.AttachmentUpload;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CheckOut;
import io.workbridge.servicechannel.model.CheckOutStatus;
import io.workbridge.servicechannel.model.Decline;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.servicechannel.resource.WorkOrderSearch;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fuzz.Deviation;
import io.workbridge.testkit.fuzz.FuzzOperation;
import io.workbridge.testkit.fuzz.FuzzReport;
import io.workbridge.testkit.fuzz.ResponseFuzzer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schema-driven response fuzzing: every operation of the client gets a few hundred answers generated from
 * the official ServiceChannel description's response schema alone (see {@link
 * io.workbridge.testkit.fuzz.ResponseCases}), served over HTTP and decoded through the client's real path.
 * Every answer must decode, unless {@link #DEVIATIONS} documents why not. ServiceChannel's API is .NET:
 * optional values may also arrive as {@code null}, which Swagger 2.0 cannot say, so null cases are generated
 * for every optional property.
 */
class ResponseFuzzingTest {
  private static final String SC = "openapi/servicechannel/service-automation-v3.json";

  /**
   * Where the client deliberately decodes less than the description allows, each with its reason and the
   * reference that documents it. The README's deviation table lists the same entries.
   */
  static final List<Deviation> DEVIATIONS =
      List.of(
          Deviation.of(
              "workorders\\.(get|list|changedSince|search)",
              ".*",
              "the work order has no Id",
              "The description marks no work-order property required, but a work order without an Id cannot be"
                  + " addressed (every call takes it): the client refuses it with InvalidResponseException at"
                  + " its JSON path. Live work orders always carry Id.",
              "servicechannel.md §4.8 (keys seen on every work order), §3.2 (Id, the key of every path)"),
          Deviation.of(
              "notes\\.list",
              ".*",
              "the note has no Id",
              "The description marks no note property required, but notes are told apart (and the client's own"
                  + " recognised) by Id: a note without one is refused with InvalidResponseException at its"
                  + " JSON path. Live notes always carry Id (int64).",
              "servicechannel.md §3.5 (note fields, Id int64), §4.8 (own notes recognised by the ids created)"),
          Deviation.of(
              "invoices\\.listByWorkOrder",
              ".*",
              "the invoice has no Id",
              "The description marks no invoice property required, but an invoice row without an Id cannot be"
                  + " told apart or referred to: it is refused with InvalidResponseException at its JSON path."
                  + " Live OData invoice rows carry Id.",
              "servicechannel.md §3.10 (GET /v3/odata/invoices fields Id, Number, Status, WoTrackingNumber …)"));

  @Test
  void everyOperation_decodesEveryAnswerTheDescriptionAllows() {
    MutableClock time = MutableClock.at("2026-06-01T12:00:00Z");
    try (ResponseFuzzer fuzzer = ResponseFuzzer.builder().optionalMayBeNull(true).build().start();
        ServiceChannelClient sc =
            ServiceChannelClient.builder()
                .baseUrl(fuzzer.url("/v3/"))
                .tokenUrl(fuzzer.tokenUrl())
                .clientId("PR.2000090505.fuzz")
                .clientSecret(Secret.of("client-secret"))
                .username("api.user")
                .password(Secret.of("user-password"))
                .rateLimiter(RateLimiter.unlimited())
                .companyRateLimiter(RateLimiter.unlimited())
                .maxRetries(0)
                .clock(time)
                .sleeper(time::sleep)
                .build()) {
      FuzzReport report = fuzzer.run("servicechannel", operations(sc), DEVIATIONS);
      report.assertAllDecoded();
    }
  }

  /** Every operation of the client, with an argument set the client accepts. */
  static List<FuzzOperation> operations(ServiceChannelClient sc) {
    List<FuzzOperation> ops = new ArrayList<>();
    String emptyOData = "{\"value\":[],\"@odata.count\":0}";

    ops.add(op("workorders.get", "GET", "/workorders/{workorderId}", () -> sc.workOrders().get(84000123L)).build());
    ops.add(op("workorders.list", "GET", "/odata/workorders",
        () -> sc.workOrders().list(WorkOrderQuery.all()).firstPage()).then(emptyOData).build());
    ops.add(op("workorders.changedSince", "GET", "/odata/workorders",
        () -> sc.workOrders().changedSince(ChangeCursor.startingAt(Instant.parse("2026-05-01T00:00:00Z")))
            .stream().limit(60).toList())
        .then(emptyOData).build());
    ops.add(op("workorders.search", "GET", "/workorders",
        () -> sc.workOrders().search(WorkOrderSearch.builder().status("OPEN").status("IN PROGRESS").build()).firstPage())
        .then("[]").build());
    ops.add(op("workorders.gpsRadius", "GET", "/workorders/{workorderId}/GPSRadius",
        () -> sc.workOrders().gpsRadius(84000123L)).build());
    ops.add(op("locations.get", "GET", "/locations/{locationId}", () -> sc.locations().get(2006516537L)).build());
    ops.add(op("workorders.statusCatalog", "GET", "/workorders/statuses",
        () -> sc.workOrders().statusCatalog(2014917243L)).build());
    ops.add(op("workorders.allowedStatuses", "GET", "/workorders/{workorderId}/statuses",
        () -> sc.workOrders().allowedStatuses(84000123L, 2014917243L)).build());
    ops.add(op("workorders.changeStatus", "PUT", "/workorders/{workorderId}/status",
        () -> sc.workOrders().changeStatus(84000123L, StatusChange.builder().status("IN PROGRESS", "ON SITE").build()))
        .build());
    ops.add(op("workorders.accept", "PUT", "/workorders/{workOrderId}/accept",
        () -> sc.workOrders().accept(84000123L, "on our way")).build());
    ops.add(op("workorders.decline", "PUT", "/workorders/{workOrderId}/decline", () -> {
      sc.workOrders().decline(84000123L, Decline.builder().note("too far").build());
      return null;
    }).build());

    ops.add(op("notes.list", "GET", "/workorders/{workorderId}/notes", () -> sc.notes().list(84000123L).firstPage())
        .then("{\"Notes\":[],\"AllNotesCount\":0}").build());
    ops.add(op("notes.create", "POST", "/workorders/{workorderId}/notes",
        () -> sc.notes().create(84000123L, NewNote.builder().text("Technician on the way").build()))
        .supportedBy("GET", "/workorders/{workorderId}/notes", 200,
            "{\"Notes\":[{\"Id\":2104556918,\"NoteData\":\"Technician on the way\",\"NoteType\":\"UsersNote\"}],"
                + "\"AllNotesCount\":1}")
        .build());

    ops.add(op("attachments.upload", "POST", "/workorders/{workorderId}/attachments", () -> {
      sc.attachments().upload(84000123L, List.of(AttachmentUpload.builder().fileName("after.jpg")
          .mediaType("image/jpeg").content(new byte[] {1, 2, 3}).build()), "Tech Tom");
      return null;
    }).build());
    ops.add(op("attachments.list", "GET", "/odata/workorders({workorderId})/attachments",
        () -> sc.attachments().list(84000123L).firstPage()).then(emptyOData).build());

    ops.add(op("checkIns.checkIn", "POST", "/workorders/{workorderId}/universalCheckIn",
        () -> sc.checkIns().checkIn(84000123L, CheckIn.builder().latitude(42.65).longitude(-73.75).build())).build());
    ops.add(op("checkIns.checkOut", "POST", "/workorders/{workorderId}/universalCheckOut",
        () -> sc.checkIns().checkOut(84000123L, CheckOut.builder().status(CheckOutStatus.COMPLETED)
            .resolution("Replaced capacitor").latitude(42.65).longitude(-73.75).build())).build());
    ops.add(op("checkIns.validateCheckIn", "GET", "/workorders/{workorderId}/validateCheckIn",
        () -> sc.checkIns().validateCheckIn(84000123L, 42.65, -73.75)).build());
    ops.add(op("checkIns.validateCheckOut", "GET", "/workorders/{workorderId}/validateCheckOut",
        () -> sc.checkIns().validateCheckOut(84000123L, 42.65, -73.75)).build());
    ops.add(op("checkIns.workActivities", "GET", "/odata/workorders({workorderId})/workactivities",
        () -> sc.checkIns().workActivities(84000123L)).build());

    ops.add(op("invoices.requirements", "GET", "/invoices/{subscriberId}/InvoiceRequirements",
        () -> sc.invoices().requirements(2014917243L)).build());
    ops.add(op("invoices.listByWorkOrder", "GET", "/odata/invoices",
        () -> sc.invoices().listByWorkOrder(84000123L).firstPage()).then(emptyOData).build());
    ops.add(op("invoices.create", "POST", "/invoices",
        () -> sc.invoices().create(NewInvoice.builder().number("INV-1042").workOrderIdentifier("84000123")
            .total(new BigDecimal("540.00")).tax(new BigDecimal("40.00")).build()))
        .supportedBy("GET", "/odata/invoices", 200,
            "{\"value\":[{\"Id\":77001,\"Number\":\"INV-1042\",\"WoTrackingNumber\":84000123}]}")
        .build());
    return ops;
  }

  private static FuzzOperation.Builder op(String name, String method, String path, FuzzOperation.Call call) {
    return FuzzOperation.builder(name).described(SC, method, path).call(call);
  }
}
