package io.workbridge.testkit.servicechannel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator answers in the shapes live ServiceChannel does (reference §4.8), by default: one test per fact,
 * driven with plain HTTP.
 */
@SuppressWarnings("unchecked")
class ServiceChannelLiveShapesTest {
  private static final long SUB = 2014917243L;
  private static final long KEEPS_NO_HISTORY = 2014917300L;
  private static final long ALBANY = 2006516537L;
  private static final long DENVER = 2005530999L;
  private static final long NO_GPS = 2005531001L;
  /** The keys of a live {@code GET /workorders/{id}} answer (reference sample, an open work order). */
  private static final List<String> LIVE_KEYS =
      List.of(
          "ApprovalCode", "AssetCount", "Attachments", "AutoComplete", "AutoInvoice", "CallDate", "CallDate_DTO",
          "Caller", "CallerId", "Category", "CategoryId", "CheckInDeniedReason", "CheckInRange", "CreatedBy",
          "Currency", "Description", "ExpirationDate", "ExpirationDate_DTO", "HasWorkActivity", "Id",
          "IsCheckInDenied", "IsEnabledForMobile", "IsExpired", "IsInvoiced", "IssueTicketInfo", "Labels",
          "Location", "LocationId", "Notes", "Nte", "Number", "PostedId", "Priority", "ProblemCode", "Provider",
          "PurchaseNumber", "Resolution", "ScheduledDate", "ScheduledDate_DTO", "Source", "Status", "Subscriber",
          "Trade", "UpdatedDate", "UpdatedDate_DTO");

  // 2026-04-09 is in EDT (UTC-4) for Albany, MDT (UTC-6) for Denver
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-04-09T13:40:16.530Z"));
  private final Http http = new Http();
  private ServiceChannelSimulator sim;
  private String auth;

  @BeforeEach
  void start() {
    sim = new ServiceChannelSimulator(clock).start();
    sim.addSubscriber(SubscriberSetup.builder(SUB, "API SANDBOX").build());
    sim.addSubscriber(SubscriberSetup.builder(KEEPS_NO_HISTORY, "Lean Retail").declineReasonRequired(false).build());
    sim.addLocation(
        NewLocation.builder(ALBANY, SUB, "0024")
            .name("ALBANY CENTRAL")
            .region("Northeast", "D-07 Hudson Valley")
            .address("1200 Central Ave", "Suite 4", "Albany", "NY", "12205", "US")
            .phone("5185550142")
            .coordinates(42.6526, -73.7562)
            .radiusMiles(0.5)
            .zone("America/New_York")
            .build());
    sim.addLocation(DENVER, KEEPS_NO_HISTORY, "0107", 39.7392, -104.9903, 0.5, "America/Denver");
    sim.addLocation(NewLocation.builder(NO_GPS, SUB, "0150").build());
    auth = bearer();
  }

  @AfterEach
  void stop() {
    sim.verify();
    sim.close();
    http.close();
  }

  private String bearer() {
    Http.Reply reply =
        http.form(
            sim.tokenUrl(),
            Map.of(
                "grant_type", "password",
                "username", ServiceChannelSimulator.USERNAME,
                "password", ServiceChannelSimulator.PASSWORD),
            Credentials.basic(ServiceChannelSimulator.CLIENT_ID, ServiceChannelSimulator.CLIENT_SECRET));
    return "Bearer " + reply.json().get("access_token");
  }

  private Http.Reply get(String path) {
    return http.get(sim.apiBaseUrl() + path, Map.of("Authorization", auth));
  }

  private Map<String, Object> workOrder(long id) {
    Http.Reply reply = get("workorders/" + id);
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  private Http.Reply put(String path, String body) {
    return http.json("PUT", sim.apiBaseUrl() + path, body, Map.of("Authorization", auth));
  }

  private long create() {
    return sim.createWorkOrder(NewWorkOrder.builder(SUB, ALBANY).build());
  }

  @Test
  void workOrder_hasExactlyTheKeysOfALiveAnswer() {
    long id =
        sim.createWorkOrder(NewWorkOrder.builder(SUB, ALBANY).scheduledLocal(LocalDateTime.parse("2026-04-10T12:00:00")).build());

    assertThat(workOrder(id).keySet()).containsExactlyInAnyOrderElementsOf(LIVE_KEYS);
  }

  @Test
  void embeddedLocation_isSparse_andTopLevelLocationIdIs0() {
    Map<String, Object> order = workOrder(create());

    Map<String, Object> location = (Map<String, Object>) order.get("Location");
    assertThat(location.keySet())
        .containsExactlyInAnyOrder(
            "Id", "SubscriberId", "StoreId", "Name", "Region", "District", "AddressTypeId", "IsInternational",
            "Notes", "TimeShiftToEST");
    assertThat(location).containsEntry("Id", ALBANY).containsEntry("StoreId", "0024").containsEntry("Notes", List.of());
    assertThat(order).containsEntry("LocationId", 0L);
  }

  @Test
  void embeddedLocation_timeShiftToEst_isHoursFromEasternTime() {
    long albany = create();
    long denver = sim.createWorkOrder(NewWorkOrder.builder(KEEPS_NO_HISTORY, DENVER).build());

    assertThat((Map<String, Object>) workOrder(albany).get("Location")).containsEntry("TimeShiftToEST", 0L);
    assertThat((Map<String, Object>) workOrder(denver).get("Location")).containsEntry("TimeShiftToEST", -2L);
  }

  @Test
  void locationsGet_answersTheFullLocation_andUnknownIs601() {
    Map<String, Object> location = get("locations/" + ALBANY).json();

    assertThat(location)
        .containsEntry("Id", ALBANY)
        .containsEntry("StoreId", "0024")
        .containsEntry("Name", "ALBANY CENTRAL")
        .containsEntry("Address1", "Suite 4")
        .containsEntry("Address2", "1200 Central Ave")
        .containsEntry("City", "Albany")
        .containsEntry("State", "NY")
        .containsEntry("Zip", "12205")
        .containsEntry("Country", "US")
        .containsEntry("Phone", "5185550142")
        .containsEntry("TimeZoneIanaName", "America/New_York");
    assertThat(((Number) location.get("Latitude")).doubleValue()).isEqualTo(42.6526);
    assertThat(((Number) location.get("Longitude")).doubleValue()).isEqualTo(-73.7562);
    assertThat(((Number) location.get("Radius")).doubleValue()).isEqualTo(0.5);
    Http.Reply unknown = get("locations/12345");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json()).containsEntry("ErrorCode", 601L);
  }

  @Test
  void gpsRadius_answersCoordinatesAndRadius_zeroWhenTheLocationHasNone() {
    long id = create();
    long noGps = sim.createWorkOrder(NewWorkOrder.builder(SUB, NO_GPS).build());

    Map<String, Object> radius = get("workorders/" + id + "/GPSRadius").json();
    Map<String, Object> none = get("workorders/" + noGps + "/GPSRadius").json();

    assertThat(radius).containsEntry("WorkorderId", id).containsEntry("LocationID", ALBANY);
    assertThat(((Number) radius.get("LocLatitude")).doubleValue()).isEqualTo(42.6526);
    assertThat(((Number) radius.get("GPSRadius")).doubleValue()).isEqualTo(0.5);
    assertThat(((Number) none.get("LocLatitude")).doubleValue()).isZero();
    assertThat(((Number) none.get("LocLongitude")).doubleValue()).isZero();
    assertThat(((Number) none.get("GPSRadius")).doubleValue()).isEqualTo(2.0);
    assertThat(get("workorders/99/GPSRadius").json()).containsEntry("ErrorCode", 502L);
  }

  @Test
  void scheduledAndExpirationDates_areTheStoresWallClockAsIfUtc() {
    long id =
        sim.createWorkOrder(
            NewWorkOrder.builder(SUB, ALBANY)
                .scheduledDate(Instant.parse("2026-04-10T16:00:00Z")) // 12:00 at the store (EDT)
                .expirationLocal(LocalDateTime.parse("2026-04-22T15:00:00"))
                .build());

    Map<String, Object> order = workOrder(id);

    assertThat(order)
        .containsEntry("ScheduledDate", "2026-04-10T12:00:00Z")
        .containsEntry("ScheduledDate_DTO", "2026-04-10T12:00:00+00:00")
        .containsEntry("ExpirationDate", "2026-04-22T15:00:00Z")
        .containsEntry("ExpirationDate_DTO", "2026-04-22T15:00:00+00:00");
  }

  @Test
  void expirationDate_defaultsToThreeDaysAfterTheCallAtTheStore() {
    Map<String, Object> order = workOrder(create());

    // called 09:40 EDT: expires 3 days later at 09:00 store time
    assertThat(order).containsEntry("ExpirationDate_DTO", "2026-04-12T09:00:00+00:00");
  }

  @Test
  void callAndUpdatedDates_carryTheStoresOffsetForTheSameInstant_fractionsTrimmed() {
    Map<String, Object> order = workOrder(create());

    assertThat(order)
        .containsEntry("CallDate", "2026-04-09T13:40:16.53Z")
        .containsEntry("CallDate_DTO", "2026-04-09T09:40:16.53-04:00")
        .containsEntry("UpdatedDate", "2026-04-09T13:40:16.53Z")
        .containsEntry("UpdatedDate_DTO", "2026-04-09T09:40:16.53-04:00");
  }

  @Test
  void workOrder_carriesNoteCountsWithTheLastNote_andAttachmentCounts() {
    long id = create();
    sim.addSubscriberNote(id, "Back door only");
    clock.advance(Duration.ofSeconds(1));
    http.json("POST", sim.apiBaseUrl() + "workorders/" + id + "/notes", "{\"Note\":\"On our way\"}", Map.of("Authorization", auth));

    Map<String, Object> order = workOrder(id);

    Map<String, Object> notes = (Map<String, Object>) order.get("Notes");
    assertThat((Map<String, Object>) notes.get("Count")).containsEntry("Own", 1L).containsEntry("Total", 2L);
    assertThat((Map<String, Object>) notes.get("Last"))
        .containsEntry("NoteData", "On our way")
        .containsEntry("CreatedBy", ServiceChannelSimulator.USER_DISPLAY_NAME)
        .containsKeys("Id", "Number", "DateCreated", "ActionRequired", "MailedTo");
    Map<String, Object> attachments = (Map<String, Object>) order.get("Attachments");
    assertThat((Map<String, Object>) attachments.get("Count")).containsEntry("Own", 0L).containsEntry("Total", 0L);
  }

  @Test
  void notes_createdByIsTheDisplayName_companyNameTheAuthorsCompany_systemNotesByDot() {
    long id = create();
    sim.addSubscriberNote(id, "Back door only");
    http.json("POST", sim.apiBaseUrl() + "workorders/" + id + "/notes", "{\"Note\":\"On our way\"}", Map.of("Authorization", auth));
    sim.changeNte(id, new BigDecimal("900"));

    List<Map<String, Object>> notes = (List<Map<String, Object>>) get("workorders/" + id + "/notes?paging=1:50").json().get("Notes");

    assertThat(notes).extracting(n -> n.get("NoteData"), n -> n.get("CreatedBy"), n -> n.get("CompanyName"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NTE has been changed from 500.00 to 900", ".", "API SANDBOX"),
            org.assertj.core.groups.Tuple.tuple("On our way", "Avery Integration", ServiceChannelSimulator.PROVIDER_NAME),
            org.assertj.core.groups.Tuple.tuple("Back door only", "Jordan Pike", "API SANDBOX"));
    assertThat(ServiceChannelSimulator.USER_DISPLAY_NAME).isNotEqualTo(ServiceChannelSimulator.USERNAME);
  }

  @Test
  void statusChangeToOpenDeclined_9001WhereTheSubscriberKeepsDeclineHistory() {
    long id = create();

    Http.Reply refused = put("workorders/" + id + "/status", "{\"Status\":{\"Primary\":\"OPEN\",\"Extended\":\"DECLINED\"}}");
    Http.Reply withReason =
        put("workorders/" + id + "/status", "{\"Status\":{\"Primary\":\"OPEN\",\"Extended\":\"DECLINED\"},\"DeclineReasonId\":1}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json()).containsEntry("ErrorCode", 9001L).containsEntry("ErrorMessage", "Decline reason is required");
    assertThat(withReason.status()).isEqualTo(200);
    assertThat(sim.statusOf(id)).isEqualTo("OPEN/DECLINED");
  }

  @Test
  void statusChangeToOpenDeclined_subscriberWithoutDeclined_904BeforeTheReason() {
    long lean = 2014917500L;
    sim.addSubscriber(SubscriberSetup.builder(lean, "No Declined Status").without("OPEN", "DECLINED").build());
    sim.addLocation(NewLocation.builder(2005531002L, lean, "0001").build());
    long id = sim.createWorkOrder(NewWorkOrder.builder(lean, 2005531002L).build());

    Http.Reply refused = put("workorders/" + id + "/status", "{\"Status\":{\"Primary\":\"OPEN\",\"Extended\":\"DECLINED\"}}");

    assertThat(refused.json()).containsEntry("ErrorCode", 904L);
  }

  @Test
  void statusChangeToOpenDeclined_acceptedWhereTheSubscriberKeepsNoHistory() {
    long id = sim.createWorkOrder(NewWorkOrder.builder(KEEPS_NO_HISTORY, DENVER).build());

    assertThat(put("workorders/" + id + "/status", "{\"Status\":{\"Primary\":\"OPEN\",\"Extended\":\"DECLINED\"}}").status())
        .isEqualTo(200);
  }

  @Test
  void decline_needsAReasonId1To6() {
    long id = create();

    Http.Reply none = put("workorders/" + id + "/decline", "{\"Note\":\"busy\"}");
    Http.Reply invalid = put("workorders/" + id + "/decline", "{\"DeclineReasonId\":9}");
    Http.Reply ok = put("workorders/" + id + "/decline", "{\"DeclineReasonId\":2,\"Note\":\"No HVAC techs\"}");

    assertThat(none.json()).containsEntry("ErrorCode", 9001L);
    assertThat(invalid.json()).containsEntry("ErrorCode", 9003L);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(sim.statusOf(id)).isEqualTo("OPEN/DECLINED");
  }

  @Test
  void odata_providerOnlyWhenExpanded_locationIdSet_notesCannotBeExpanded() {
    long id = create();

    Map<String, Object> plain = ((List<Map<String, Object>>) get("odata/workorders").json().get("value")).get(0);
    Map<String, Object> expanded =
        ((List<Map<String, Object>>) get("odata/workorders?$expand=Provider").json().get("value")).get(0);

    assertThat(plain).doesNotContainKey("Provider").containsEntry("LocationId", ALBANY).containsEntry("Id", id);
    assertThat((Map<String, Object>) expanded.get("Provider")).containsEntry("Name", ServiceChannelSimulator.PROVIDER_NAME);
    assertThat(get("odata/workorders?$expand=Notes").status()).isEqualTo(500);
  }

  @Test
  void odataInvoices_filteredByWorkOrderTrackingNumber_andDeniable() {
    long id = create();
    sim.confirmCompletion(id);
    Http.Reply created =
        http.json(
            "POST",
            sim.apiBaseUrl() + "invoices",
            "{\"InvoiceNumber\":\"INV-1\",\"WoIdentifier\":\"" + id + "\",\"InvoiceTotal\":420.0,\"InvoiceTax\":0}",
            Map.of("Authorization", auth));
    assertThat(created.status()).isEqualTo(201);

    Map<String, Object> list = get("odata/invoices?$filter=WoTrackingNumber%20eq%20" + id + "&$count=true").json();
    Map<String, Object> other = get("odata/invoices?$filter=WoTrackingNumber%20eq%201").json();

    assertThat(list).containsEntry("@odata.count", 1L);
    assertThat((List<Map<String, Object>>) list.get("value"))
        .singleElement()
        .satisfies(invoice -> assertThat(invoice)
            .containsEntry("Number", "INV-1")
            .containsEntry("WoTrackingNumber", id)
            .containsEntry("Status", "OPEN")
            .containsKeys("Id", "InvoiceTotal", "PostedDate"));
    assertThat((List<Object>) other.get("value")).isEmpty();
    sim.denyPermission("GET", "/v3/odata/invoices");
    Http.Reply denied = get("odata/invoices");
    assertThat(denied.status()).isEqualTo(401);
    assertThat(denied.json()).containsEntry("ErrorCode", 504L);
  }

  @Test
  void webhookObject_isAThinReference_withUpdatedBy() {
    ApiSimulator receiver =
        ApiSimulator.builder("receiver").publicRoute("POST", "/hooks", request -> SimResponse.noContent()).build().start();
    try {
      sim.webhooks(receiver.url("/hooks"), "signing-key");
      long id = create();
      sim.addSubscriberNote(id, "Back door only");
      sim.sendTestWebhook();

      List<Map<String, Object>> bodies =
          receiver.journal().find("POST", "/hooks").stream().map(e -> (Map<String, Object>) Json.parse(e.bodyString())).toList();

      assertThat(bodies).hasSize(3);
      Map<String, Object> created = bodies.get(0);
      assertThat(created)
          .containsEntry("Type", "WoRootNotification")
          .containsEntry("Version", 1L)
          .containsEntry("Action", "NEW")
          .containsEntry("EventType", "WorkOrderCreated");
      Map<String, Object> object = (Map<String, Object>) bodies.get(1).get("Object");
      assertThat(object.keySet())
          .containsExactlyInAnyOrder(
              "Id", "SubscriberId", "ProviderId", "LocationId", "Trade", "Category", "UpdatedBy", "UpdatedDate_DTO");
      assertThat(object).containsEntry("Id", id).containsEntry("LocationId", ALBANY);
      assertThat((Map<String, Object>) object.get("UpdatedBy"))
          .containsEntry("FullName", "Jordan Pike")
          .containsKeys("Id", "UserName", "Email", "AuthUserId", "ProviderId");
      assertThat((Map<String, Object>) bodies.get(2).get("Object")).containsEntry("Source", "WebhookTest");
    } finally {
      receiver.close();
    }
  }
}
