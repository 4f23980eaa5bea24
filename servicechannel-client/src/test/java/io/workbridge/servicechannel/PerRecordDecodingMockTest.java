package io.workbridge.servicechannel;

import static io.workbridge.servicechannel.MockServers.json;
import static io.workbridge.servicechannel.MockServers.token;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.resource.WorkOrderChanges;
import io.workbridge.servicechannel.resource.WorkOrderEntry;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.testkit.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** One work order that does not fit the model is delivered as malformed; the rest of the page and the next page go on. */
class PerRecordDecodingMockTest {
  private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
  private static final String BAD_ID = "{\"Id\":\"WO-17\",\"Number\":\"17\",\"UpdatedDate\":\"2026-06-01T10:00:17Z\"}";
  private static final String BAD_NTE = "{\"Id\":18,\"Number\":\"18\",\"Nte\":\"lots\",\"UpdatedDate\":\"2026-06-01T10:00:18Z\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock time = MutableClock.at("2026-06-01T12:00:00Z");

  private ServiceChannelClient client() {
    return MockServers.client(server, time).build();
  }

  private static String order(int id) {
    return String.format(
        "{\"Id\":%d,\"Number\":\"%d\",\"Nte\":\"250.00\",\"UpdatedDate\":\"2026-06-01T10:00:%02dZ\"}", id, id, id % 60);
  }

  /** A full page of 50 (ids 1..50) where #17 has a string Id and #18 an NTE of "lots". */
  private static String fullPageWithBadRecords() {
    String items = IntStream.rangeClosed(1, 50)
        .mapToObj(i -> i == 17 ? BAD_ID : i == 18 ? BAD_NTE : order(i))
        .collect(Collectors.joining(","));
    return "{\"@odata.count\":51,\"value\":[" + items + "]}";
  }

  @Test
  void changeFeed_deliversTheGoodOnesAndTheBadOnesAsMalformed_andReachesTheNextPage() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fullPageWithBadRecords()));
    server.enqueue(json(200, "{\"value\":[" + order(51) + "]}"));

    List<WorkOrderEntry> entries = new ArrayList<>();
    ChangeCursor next;
    try (ServiceChannelClient sc = client()) {
      WorkOrderChanges changes = sc.workOrders().changedSince(ChangeCursor.startingAt(START));
      changes.entries().forEachRemaining(entries::add);
      next = changes.nextCursor();
    }

    assertThat(entries).hasSize(51);
    List<WorkOrderEntry.Malformed> malformed = entries.stream()
        .filter(WorkOrderEntry.Malformed.class::isInstance).map(WorkOrderEntry.Malformed.class::cast).toList();
    assertThat(malformed).hasSize(2);
    WorkOrderEntry.Malformed badId = malformed.get(0);
    assertThat(badId.payload()).isEqualTo(BAD_ID);
    assertThat(badId.jsonPath()).isEqualTo("$.value[16].Id");
    assertThat(badId.reason()).startsWith("$.value[16].Id: Expected a long");
    assertThat(badId.workOrderId()).isEmpty();
    WorkOrderEntry.Malformed badNte = malformed.get(1);
    assertThat(badNte.payload()).isEqualTo(BAD_NTE);
    assertThat(badNte.workOrderId()).hasValue(18);
    assertThat(badNte.reason()).isEqualTo("$.value[17].Nte: not an amount: \"lots\"");
    assertThat(entries.stream().filter(WorkOrderEntry.Parsed.class::isInstance).count()).isEqualTo(49);
    assertThat(entries.get(entries.size() - 1).workOrderId()).hasValue(51);
    assertThat(next.since()).isEqualTo(Instant.parse("2026-06-01T10:00:51Z"));
    // The bad NTE's version could be read: it counts like any other, and the changes are settled (older than the
    // overlap), so the cursor says every change before its newest was delivered and the next run does not deliver
    // it again. The string Id's cannot be read: it is not remembered.
    assertThat(badNte.updatedDate()).contains(Instant.parse("2026-06-01T10:00:18Z"));
    assertThat(next.checkedBefore()).hasValue(next.since());
    assertThat(next.seen()).doesNotContainKey(17L);

    server.takeRequest(1, SECONDS);
    server.takeRequest(1, SECONDS);
    assertThat(server.takeRequest(1, SECONDS).getUrl().queryParameter("$filter")).contains("2026-06-01T10:00:50");
  }

  @Test
  void changeFeed_aMalformedVersionAlreadySeen_isNotDeliveredAgain() {
    server.enqueue(token(1));
    server.enqueue(json(200, "{\"value\":[" + BAD_NTE + "," + order(19) + "]}"));
    server.enqueue(json(200, "{\"value\":[" + BAD_NTE + "," + order(19) + "]}"));

    try (ServiceChannelClient sc = client()) {
      WorkOrderChanges first = sc.workOrders().changedSince(ChangeCursor.startingAt(START));
      List<WorkOrderEntry> delivered = new ArrayList<>();
      first.entries().forEachRemaining(delivered::add);
      assertThat(delivered).hasSize(2);

      List<WorkOrderEntry> again = new ArrayList<>();
      sc.workOrders().changedSince(first.nextCursor()).entries().forEachRemaining(again::add);
      assertThat(again).isEmpty();
    }
  }

  @Test
  void typedWalk_failsAtTheBadRecordNamingItsPath() {
    server.enqueue(token(1));
    server.enqueue(json(200, fullPageWithBadRecords()));

    try (ServiceChannelClient sc = client()) {
      WorkOrderChanges changes = sc.workOrders().changedSince(ChangeCursor.startingAt(START));
      assertThatThrownBy(() -> changes.stream().toList())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("$.value[16].Id");
    }
  }

  @Test
  void listEntries_decodesRecordByRecord_andReachesTheNextPage() {
    server.enqueue(token(1));
    server.enqueue(json(200, fullPageWithBadRecords()));
    server.enqueue(json(200, "{\"@odata.count\":51,\"value\":[" + order(51) + "]}"));

    List<WorkOrderEntry> entries;
    try (ServiceChannelClient sc = client()) {
      entries = sc.workOrders().listEntries(WorkOrderQuery.all()).stream().toList();
    }

    assertThat(entries).hasSize(51);
    assertThat(entries.get(16)).isInstanceOf(WorkOrderEntry.Malformed.class);
    assertThat(((WorkOrderEntry.Malformed) entries.get(17)).problem()).isEqualTo("not an amount: \"lots\"");
    assertThat(entries.get(50).workOrderId()).hasValue(51);
  }

  @Test
  void nteOfLots_failsASingleWorkOrderRead_insteadOfMeaningNoNte() {
    server.enqueue(token(1));
    server.enqueue(json(200, BAD_NTE));

    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(18))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("$.Nte")
          .hasMessageContaining("lots");
    }
  }
}
