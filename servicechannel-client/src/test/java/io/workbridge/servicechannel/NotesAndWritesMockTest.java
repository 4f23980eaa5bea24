package io.workbridge.servicechannel;

import static io.workbridge.servicechannel.MockServers.fixture;
import static io.workbridge.servicechannel.MockServers.json;
import static io.workbridge.servicechannel.MockServers.token;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicechannel.model.AcceptResult;
import io.workbridge.servicechannel.model.AttachmentUpload;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.Note;
import io.workbridge.servicechannel.model.NoteType;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.testkit.MutableClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The §9.8 matrix for notes, statuses and the write operations, with both sides of each call asserted. */
class NotesAndWritesMockTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock time = MutableClock.at("2026-06-01T12:00:00Z");

  private ServiceChannelClient client() {
    return MockServers.client(server, time).build();
  }

  private RecordedRequest afterToken() throws InterruptedException {
    server.takeRequest(1, SECONDS);
    return server.takeRequest(1, SECONDS);
  }

  @Test
  void notesList_ok_mapsTypesFlagsAndLongIds() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("notes.list", "ok")));
    List<Note> notes;
    try (ServiceChannelClient sc = client()) {
      notes = sc.notes().list(84000123L, 10).stream().toList();
    }
    assertThat(notes).hasSize(3);
    Note system = notes.get(0);
    assertThat(system.id()).isEqualTo(3000000001L);
    assertThat(system.type()).isEqualTo(NoteType.SYSTEM);
    assertThat(system.isSystemNote()).isTrue();
    assertThat(system.createdAt()).contains(Instant.parse("2026-06-01T14:00:00.1234567Z"));
    assertThat(system.createdBy()).contains(".");
    assertThat(system.companyName()).contains("API SANDBOX");
    Note user = notes.get(1);
    assertThat(user.type()).isEqualTo(NoteType.USER);
    // CreatedBy is the author's display name, not the login; CompanyName tells the provider's own notes
    assertThat(user.createdBy()).contains("Avery Integration");
    assertThat(user.companyName()).contains("LF Incorporated LLC");
    assertThat(user.actionRequired()).isTrue();
    assertThat(user.visibility()).hasValue(1);
    assertThat(notes.get(2).type()).isEqualTo(NoteType.UNKNOWN);
    assertThat(notes.get(2).rawType()).contains("PinnedNote");
    RecordedRequest call = afterToken();
    assertThat(call.getUrl().encodedPath()).isEqualTo("/v3/workorders/84000123/notes");
    assertThat(call.getUrl().queryParameter("paging")).isEqualTo("1:10");
  }

  @Test
  void notesList_emptyMiddlePage_keepsPagingByCount() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, notes(5, 11, 10)));
    server.enqueue(json(200, notes(5)));
    server.enqueue(json(200, notes(5, 9)));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.notes().list(7L, 2).stream().map(Note::id)).containsExactly(11L, 10L, 9L);
    }
    afterToken();
    assertThat(server.takeRequest(1, SECONDS).getUrl().queryParameter("paging")).isEqualTo("2:2");
    assertThat(server.takeRequest(1, SECONDS).getUrl().queryParameter("paging")).isEqualTo("3:2");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  private static String notes(long total, long... ids) {
    StringBuilder items = new StringBuilder();
    for (long id : ids) {
      items.append(items.length() == 0 ? "" : ",")
          .append("{\"Id\":").append(id).append(",\"NoteData\":\"n").append(id).append("\",\"NoteType\":\"UsersNote\"}");
    }
    return "{\"Notes\":[" + items + "],\"AllNotesCount\":" + total + "}";
  }

  @Test
  void notesList_429_sleepsRetryAfter() {
    server.enqueue(token(1));
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "4").body("{\"Reason\":\"throttled\"}").build());
    server.enqueue(json(200, notes(1, 1)));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.notes().list(7L).stream()).hasSize(1);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void notesCreate_201_sendsBodyAndReadsId() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(201, "{\"Id\":3000000099}"));
    server.enqueue(json(201, "3000000100"));
    try (ServiceChannelClient sc = client()) {
      NewNote note =
          NewNote.builder()
              .text("ST job #1042 created")
              .actionRequired(true)
              .addMailedTo("a@example.com", "b@example.com")
              .visibility(0)
              .actor("WorkBridge")
              .build();
      assertThat(sc.notes().create(84000123L, note)).isEqualTo(CreatedId.fromAnswer(3000000099L));
      assertThat(sc.notes().create(84000123L, NewNote.builder().text("second").build()))
          .isEqualTo(CreatedId.fromAnswer(3000000100L));
    }
    RecordedRequest call = afterToken();
    assertThat(call.getMethod()).isEqualTo("POST");
    assertThat(call.getUrl().encodedPath()).isEqualTo("/v3/workorders/84000123/notes");
    assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
    assertThat(call.getBody().utf8())
        .isEqualTo(
            "{\"Note\":\"ST job #1042 created\",\"MailedTo\":\"a@example.com;b@example.com\",\"ActionRequired\":true,"
                + "\"Visibility\":0,\"Actor\":\"WorkBridge\"}");
  }

  @Test
  void notesCreate_503_notRetried() {
    server.enqueue(token(1));
    server.enqueue(json(503, ""));
    server.enqueue(json(201, "1"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.notes().create(1L, NewNote.builder().text("x").build()))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void notesCreate_400_validationWithFieldErrors() {
    server.enqueue(token(1));
    server.enqueue(json(400, "{\"Message\":\"The request is invalid.\",\"ModelState\":{\"noteRequest.Note\":[\"The Note field is required.\"]}}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.notes().create(1L, NewNote.builder().text("x").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("noteRequest.Note"));
    }
  }

  @Test
  void notesCreate_401Once_refreshedAndResent() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(401, "{\"Message\":\"Authorization has been denied for this request.\"}"));
    server.enqueue(token(2));
    server.enqueue(json(201, "42"));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.notes().create(1L, NewNote.builder().text("x").build())).isEqualTo(CreatedId.fromAnswer(42L));
    }
    afterToken();
    server.takeRequest(1, SECONDS);
    RecordedRequest resent = server.takeRequest(1, SECONDS);
    assertThat(resent.getHeaders().get("Authorization")).isEqualTo("Bearer at-2");
    assertThat(resent.getBody().utf8()).contains("\"Note\":\"x\"");
  }

  @Test
  void notesList_401Twice_authenticationException() {
    server.enqueue(token(1));
    server.enqueue(json(401, ""));
    server.enqueue(token(2));
    server.enqueue(json(401, ""));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.notes().list(1L).stream().toList()).isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void notesList_404_notFound() {
    server.enqueue(token(1));
    server.enqueue(json(404, ""));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.notes().list(1L).stream().toList()).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void changeStatus_503ThreeTimes_putIsRetried() throws Exception {
    server.enqueue(token(1));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, ""));
    }
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () -> sc.workOrders().changeStatus(5L, StatusChange.builder().status("IN PROGRESS", "").build()))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    RecordedRequest call = afterToken();
    assertThat(call.getMethod()).isEqualTo("PUT");
    assertThat(call.getBody().utf8()).isEqualTo("{\"Status\":{\"Primary\":\"IN PROGRESS\",\"Extended\":\"\"}}");
  }

  @Test
  void accept_5202AsName_isAlreadyAccepted() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(400, "{\"ErrorCodes\":[\"WorkOrderWasAccepted\"],\"ErrorCode\":\"WorkOrderWasAccepted\",\"ErrorMessage\":\"Work order was accepted\"}"));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.workOrders().accept(5L, "ok")).isEqualTo(AcceptResult.ALREADY_ACCEPTED);
    }
    RecordedRequest call = afterToken();
    assertThat(call.getUrl().encodedPath()).isEqualTo("/v3/workorders/5/accept");
    assertThat(call.getBody().utf8()).isEqualTo("{\"Note\":\"ok\"}");
  }

  @Test
  void statusCatalog_mergesExtendedLists() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("statuses.catalog", "ok")));
    StatusCatalog catalog;
    try (ServiceChannelClient sc = client()) {
      catalog = sc.workOrders().statusCatalog(2014917243L);
    }
    assertThat(catalog.find("in progress").orElseThrow().extended())
        .containsExactly("DISPATCH CONFIRMED", "ON SITE", "PARTS ON ORDER");
    assertThat(catalog.allows("OPEN", "DECLINED")).isTrue();
    assertThat(afterToken().getUrl().query()).isEqualTo("subscriberId=2014917243");
  }

  @Test
  void invoiceCreate_1104_rejectedOverNte_andNeverRetried() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(400, "{\"ErrorCode\":1104,\"ErrorMessage\":\"Invoice total is greater than NTE\"}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () ->
                  sc.invoices()
                      .create(
                          NewInvoice.builder()
                              .number("INV-1")
                              .workOrderIdentifier("84000123")
                              .total(new BigDecimal("1500.00"))
                              .invoiceDate(OffsetDateTime.parse("2026-06-01T10:00:00-04:00"))
                              .build()))
          .isInstanceOfSatisfying(
              InvoiceRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(InvoiceRejectedException.Reason.TOTAL_EXCEEDS_NTE));
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(afterToken().getBody().utf8())
        .isEqualTo(
            "{\"InvoiceNumber\":\"INV-1\",\"WoIdentifier\":\"84000123\",\"InvoiceDateDTO\":\"2026-06-01T10:00:00-04:00\","
                + "\"InvoiceTotal\":1500.00,\"InvoiceTax\":0}");
  }

  @Test
  void attachmentsUpload_multipartWithDescriptorAndFiles() throws Exception {
    server.enqueue(token(1));
    server.enqueue(new MockResponse.Builder().code(201).build());
    try (ServiceChannelClient sc = client()) {
      sc.attachments()
          .upload(
              9L,
              List.of(
                  AttachmentUpload.builder()
                      .fileName("photo.jpg")
                      .mediaType("image/jpeg")
                      .content(new byte[] {1, 2, 3})
                      .description("after")
                      .visibility(1)
                      .build()),
              "Tech Tom");
    }
    RecordedRequest call = afterToken();
    assertThat(call.getUrl().encodedPath()).isEqualTo("/v3/workorders/9/attachments");
    assertThat(call.getUrl().queryParameter("actor")).isEqualTo("Tech Tom");
    assertThat(call.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    String body = call.getBody().string(StandardCharsets.ISO_8859_1);
    assertThat(body)
        .contains("name=\"AddAttachmentsRequest\"")
        .contains("{\"Attachments\":[{\"Name\":\"photo.jpg\",\"Description\":\"after\",\"Type\":\"File\",\"MediaType\":\"image/jpeg\",\"Visibility\":1}]}")
        .contains("name=\"file\"; filename=\"photo.jpg\"");
  }

  @Test
  void checkIn_disconnect_transportExceptionAndNoRetry() {
    server.enqueue(token(1));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"MechanicId\":1}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () -> sc.checkIns().checkIn(9L, CheckIn.builder().latitude(42.6).longitude(-73.7).build()))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestMaybeSent()).isTrue());
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void requestOptions_extraHeaderSent_andPerCallTimeoutApplies() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, notes(1, 1)));
    server.enqueue(new MockResponse.Builder().headersDelay(2, SECONDS).body(notes(1, 1)).build());
    try (ServiceChannelClient sc = MockServers.client(server, time).maxRetries(0).readTimeout(Duration.ofSeconds(5)).build()) {
      RequestOptions traced = RequestOptions.builder().putHeader("X-Correlation-Id", "corr-7").build();
      assertThat(sc.notes().list(7L, 10, traced).stream()).hasSize(1);
      RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(300)).build();
      assertThatThrownBy(() -> sc.notes().list(7L, 10, quick).stream().toList())
          .isInstanceOf(TransportException.class);
    }
    assertThat(afterToken().getHeaders().get("X-Correlation-Id")).isEqualTo("corr-7");
  }

  @Test
  void checkIn_timeSentWithOffset() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, "{\"MechanicId\":500001}"));
    try (ServiceChannelClient sc = client()) {
      long mechanic =
          sc.checkIns()
              .checkIn(
                  9L,
                  CheckIn.builder()
                      .userId(1900000001L)
                      .latitude(42.6526)
                      .longitude(-73.7562)
                      .time(OffsetDateTime.parse("2026-06-01T08:30:00-04:00"))
                      .build()).id().getAsLong();
      assertThat(mechanic).isEqualTo(500001L);
    }
    assertThat(afterToken().getBody().utf8())
        .isEqualTo(
            "{\"WorkTypeId\":1,\"UserId\":1900000001,\"Latitude\":42.6526,\"Longitude\":-73.7562,"
                + "\"CheckInTime\":\"2026-06-01T08:30:00-04:00\"}");
  }
}
