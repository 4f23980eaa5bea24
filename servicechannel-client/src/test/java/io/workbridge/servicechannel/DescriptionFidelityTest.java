package io.workbridge.servicechannel;

import static io.workbridge.servicechannel.MockServers.json;
import static io.workbridge.servicechannel.MockServers.token;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workbridge.client.ApiException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.IdSource;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.servicechannel.resource.WorkOrderSearch;
import io.workbridge.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * One test per defect the schema-driven fuzzing found (see {@code ResponseFuzzingTest}), on answers the
 * official description allows, and the error-fidelity fixes that came with them.
 */
class DescriptionFidelityTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock time = MutableClock.at("2026-06-01T12:00:00Z");

  private ServiceChannelClient client() {
    return MockServers.client(server, time).build();
  }

  private static String notes(String... noteObjects) {
    return "{\"Notes\":[" + String.join(",", noteObjects) + "],\"AllNotesCount\":" + noteObjects.length + "}";
  }

  private static String note(long id, String text, String created) {
    return "{\"Id\":" + id + ",\"NoteData\":\"" + text + "\",\"DateCreated\":\"" + created
        + "\",\"NoteType\":\"UsersNote\",\"ActionRequired\":false}";
  }

  @Test
  void notesCreate_201WithoutBody_isSuccess_idResolvedByTheNoteJustWritten() throws Exception {
    server.enqueue(token(1));
    server.enqueue(new MockResponse.Builder().code(201).build());
    server.enqueue(
        json(200, notes(note(3000000200L, "Technician on the way", "2026-06-01T12:00:01Z"),
            note(3000000100L, "Technician on the way", "2026-05-20T08:00:00Z"))));

    CreatedId created;
    try (ServiceChannelClient sc = client()) {
      created = sc.notes().create(84000123L, NewNote.builder().text("Technician on the way").build());
    }

    assertThat(created).isEqualTo(CreatedId.fromLookup(3000000200L));
    server.takeRequest(1, SECONDS);
    assertThat(server.takeRequest(1, SECONDS).getMethod()).isEqualTo("POST");
    RecordedRequest lookup = server.takeRequest(1, SECONDS);
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v3/workorders/84000123/notes");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void notesCreate_withoutId_olderNoteWithTheSameTextIsNotTakenForIt_lookupWaitsOutTheReplicaLag() {
    server.enqueue(token(1));
    server.enqueue(json(201, "{}"));
    server.enqueue(json(200, notes(note(3000000100L, "Parts ordered", "2026-05-20T08:00:00Z"))));
    server.enqueue(
        json(200, notes(note(3000000300L, "Parts ordered", "2026-06-01T12:00:02Z"),
            note(3000000100L, "Parts ordered", "2026-05-20T08:00:00Z"))));

    CreatedId created;
    try (ServiceChannelClient sc = client()) {
      created = sc.notes().create(84000123L, NewNote.builder().text("Parts ordered").build());
    }

    assertThat(created).isEqualTo(CreatedId.fromLookup(3000000300L));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void notesCreate_noIdAndNoLookupFindsIt_isUnresolvedSuccess_neverAnException() {
    server.enqueue(token(1));
    server.enqueue(json(201, "\"created\""));
    for (int i = 0; i < 6; i++) {
      server.enqueue(json(200, notes()));
    }

    CreatedId created;
    try (ServiceChannelClient sc = client()) {
      created = sc.notes().create(84000123L, NewNote.builder().text("x").build());
    }

    assertThat(created.source()).isEqualTo(IdSource.UNRESOLVED);
    assertThat(created.id()).isEmpty();
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
            Duration.ofSeconds(16));
    assertThat(server.getRequestCount()).isEqualTo(8); // token, the one POST, six lookups
  }

  @Test
  void invoicesCreate_201WithoutId_isSuccess_idResolvedByNumber() throws Exception {
    server.enqueue(token(1));
    server.enqueue(new MockResponse.Builder().code(201).build());
    server.enqueue(
        json(200, "{\"value\":[{\"Id\":77002,\"Number\":\"INV-1042\",\"WoTrackingNumber\":99},"
            + "{\"Id\":77001,\"Number\":\"INV-1042\",\"WoTrackingNumber\":84000123}]}"));

    CreatedId created;
    try (ServiceChannelClient sc = client()) {
      created = sc.invoices().create(NewInvoice.builder().number("INV-1042").workOrderIdentifier("84000123")
          .total(new BigDecimal("540.00")).tax(new BigDecimal("40.00")).build());
    }

    assertThat(created).isEqualTo(CreatedId.fromLookup(77001L));
    server.takeRequest(1, SECONDS);
    server.takeRequest(1, SECONDS);
    RecordedRequest lookup = server.takeRequest(1, SECONDS);
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v3/odata/invoices");
    assertThat(lookup.getUrl().queryParameter("$filter")).isEqualTo("Number eq 'INV-1042'");
  }

  @Test
  void checkIn_answerWithoutMechanicId_isUnresolvedSuccess() {
    server.enqueue(token(1));
    server.enqueue(json(200, "{}"));

    CreatedId mechanic;
    try (ServiceChannelClient sc = client()) {
      mechanic = sc.checkIns().checkIn(9L, CheckIn.builder().latitude(42.6).longitude(-73.7).build());
    }

    assertThat(mechanic).isEqualTo(CreatedId.unresolved());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void search_invalidItem_reportsTheBareArrayPath() {
    server.enqueue(token(1));
    server.enqueue(json(200, "[{\"Id\":84000201},{\"Number\":\"no id\"}]"));

    try (ServiceChannelClient sc = client()) {
      InvalidResponseException error =
          catchThrowableOfType(
              InvalidResponseException.class,
              () -> sc.workOrders().search(WorkOrderSearch.builder().status("OPEN").build()).stream().toList());
      assertThat(error.jsonPath()).contains("$[1].Id");
    }
  }

  @Test
  void search_listFilters_sentInTheDescriptionsCollectionFormat_commaSeparated() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, "[]"));

    try (ServiceChannelClient sc = client()) {
      sc.workOrders()
          .search(WorkOrderSearch.builder().status("OPEN").status("IN PROGRESS").id(1L).id(2L).build())
          .stream()
          .toList();
    }

    server.takeRequest(1, SECONDS);
    RecordedRequest search = server.takeRequest(1, SECONDS);
    assertThat(search.getUrl().queryParameterValues("status")).containsExactly("OPEN,IN PROGRESS");
    assertThat(search.getUrl().queryParameterValues("id")).containsExactly("1,2");
    assertThatThrownBy(() -> WorkOrderSearch.builder().trade("HVAC, Refrigeration"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void odataList_theDescriptionsBareArray_decodesLikeTheLiveEnvelope() {
    server.enqueue(token(1));
    server.enqueue(json(200, "[{\"Id\":84000201,\"Number\":\"84000201\"}]"));
    server.enqueue(json(200, "{\"@odata.count\":1,\"value\":[{\"Id\":84000202}]}"));

    try (ServiceChannelClient sc = client()) {
      List<WorkOrder> bare = sc.workOrders().list(WorkOrderQuery.all()).stream().toList();
      List<WorkOrder> envelope = sc.workOrders().list(WorkOrderQuery.all()).stream().toList();
      assertThat(bare).extracting(WorkOrder::id).containsExactly(84000201L);
      assertThat(envelope).extracting(WorkOrder::id).containsExactly(84000202L);
    }
  }

  @Test
  void errorResponse_dataAndErrorMessageHeader_keptOnTheException() {
    server.enqueue(token(1));
    server.enqueue(
        json(400, "{\"ErrorCodes\":[\"NotAllowed\"],\"ErrorCode\":\"NotAllowed\",\"ErrorMessage\":\"Not allowed\","
            + "\"Data\":{\"WorkOrderId\":84000123,\"Status\":\"COMPLETED\"}}"));
    server.enqueue(
        new MockResponse.Builder().code(403).setHeader("Error-Message", "Rejected by security reason").build());

    try (ServiceChannelClient sc = client()) {
      ApiException refused = catchThrowableOfType(ApiException.class, () -> sc.workOrders().get(84000123L));
      assertThat(refused.errorMessage()).contains("Not allowed");
      assertThat(refused.errorData()).containsEntry("WorkOrderId", "84000123").containsEntry("Status", "COMPLETED");

      ApiException header = catchThrowableOfType(ApiException.class, () -> sc.workOrders().get(84000123L));
      assertThat(header.errorMessage()).contains("Rejected by security reason");
    }
  }

  @Test
  void loginThrottled_errorMessageHeader_keptOnTheRateLimitedException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Error-Message", "Rejected by security reason: Login attempts limit exceed.")
            .build());

    try (ServiceChannelClient sc = client()) {
      RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> sc.workOrders().get(1L));
      assertThat(error.errorMessage()).contains("Rejected by security reason: Login attempts limit exceed.");
    }
  }
}
