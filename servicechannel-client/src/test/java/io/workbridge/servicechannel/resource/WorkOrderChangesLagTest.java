package io.workbridge.servicechannel.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.servicechannel.internal.ODataWorkOrderChanges;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The change walk against a list whose read replicas lag: a poll after a burst reads one page, and a change that
 * becomes visible after a newer one was delivered is still delivered, once.
 */
class WorkOrderChangesLagTest {
  private static final Duration OVERLAP = Duration.ofMinutes(2);
  private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
  private static final Pattern GE = Pattern.compile("^UpdatedDate ge (\\S+)$");

  /** Work orders as the replicas show them: each version visible from its own instant on. */
  private final List<Row> rows = new ArrayList<>();
  private int fetches;
  private Instant now = T0;
  /** How far this machine's clock runs ahead of ServiceChannel's. */
  private Duration skew = Duration.ZERO;

  private record Row(long id, Instant updated, Instant visibleFrom) {}

  private void change(long id, Instant updated, Instant visibleFrom) {
    rows.removeIf(row -> row.id() == id);
    rows.add(new Row(id, updated, visibleFrom));
  }

  private List<WorkOrderEntry> fetch(String filter, int skip, int top) {
    fetches++;
    Matcher ge = GE.matcher(filter);
    assertThat(ge.matches()).as("filter %s", filter).isTrue();
    Instant bound = Instant.parse(ge.group(1));
    return rows.stream()
        .filter(row -> !row.visibleFrom().isAfter(now))
        .filter(row -> !row.updated().isBefore(bound))
        .sorted(Comparator.comparing(Row::updated).thenComparingLong(Row::id))
        .skip(skip)
        .limit(top)
        .map(row -> (WorkOrderEntry) new WorkOrderEntry.Parsed(workOrder(row)))
        .toList();
  }

  private static WorkOrder workOrder(Row row) {
    return WorkOrder.builder()
        .id(row.id())
        .number(Long.toString(row.id()))
        .status(WorkOrderStatus.of("OPEN", ""))
        .updatedDate(row.updated())
        .build();
  }

  private WorkOrderChanges changes(ChangeCursor cursor) {
    return new ODataWorkOrderChanges(cursor, OVERLAP, null, this::fetch, Clock.fixed(now.plus(skew), ZoneOffset.UTC));
  }

  /** Walks to the end like a poll, returning the ids delivered and leaving the cursor in {@code cursor[0]}. */
  private List<Long> poll(ChangeCursor[] cursor) {
    WorkOrderChanges changes = changes(cursor[0]);
    List<Long> ids = changes.stream().map(WorkOrder::id).toList();
    cursor[0] = changes.nextCursor();
    return ids;
  }

  @Test
  void aPollRightAfterABurst_readsOnePage() {
    for (int i = 0; i < 200; i++) {
      change(1_000 + i, T0.plusMillis(i), T0.plusMillis(i));
    }
    now = T0.plusSeconds(5);
    ChangeCursor[] cursor = {ChangeCursor.startingAt(T0.minusSeconds(1))};
    assertThat(poll(cursor)).hasSize(200);

    now = T0.plusSeconds(10);
    fetches = 0;
    assertThat(poll(cursor)).isEmpty();
    assertThat(fetches).isEqualTo(1);
  }

  @Test
  void aChangeVisibleLate_isDeliveredOnceTheReplicasSettled_andOnlyOnce() {
    ChangeCursor[] cursor = {ChangeCursor.startingAt(T0.minusSeconds(1))};
    change(1, T0, T0);
    // Written at T0 + 1 s, visible on the replicas only 30 s later; a newer change is visible at once.
    change(2, T0.plusSeconds(1), T0.plusSeconds(31));
    change(3, T0.plusSeconds(2), T0.plusSeconds(2));
    now = T0.plusSeconds(3);
    assertThat(poll(cursor)).containsExactly(1L, 3L);

    now = T0.plusSeconds(40);
    List<Long> delivered = new ArrayList<>(poll(cursor));
    now = T0.plusSeconds(200);
    delivered.addAll(poll(cursor));
    assertThat(delivered).containsExactly(2L);

    // Settled and checked: later polls read one page and deliver nothing again.
    now = T0.plusSeconds(400);
    fetches = 0;
    assertThat(poll(cursor)).isEmpty();
    assertThat(fetches).isEqualTo(1);
    assertThat(cursor[0].checkedBefore()).hasValue(cursor[0].since());
  }

  @Test
  void whileChangesKeepComing_lateOnesAreStillDelivered() {
    ChangeCursor[] cursor = {ChangeCursor.startingAt(T0.minusSeconds(1))};
    List<Long> delivered = new ArrayList<>();
    long lateId = 0;
    for (int second = 0; second < 600; second += 10) {
      long id = 10_000 + second;
      Instant at = T0.plusSeconds(second);
      boolean late = second == 100;
      change(id, at, late ? at.plusSeconds(30) : at);
      if (late) {
        lateId = id;
      }
      now = at.plusSeconds(1);
      delivered.addAll(poll(cursor));
    }
    now = now.plus(OVERLAP).plusSeconds(1);
    delivered.addAll(poll(cursor));
    assertThat(delivered).hasSize(60).doesNotHaveDuplicates().contains(lateId);
  }

  @Test
  void aClockFarAheadOfServiceChannels_stillDeliversEveryNewChange() {
    skew = Duration.ofDays(1);
    ChangeCursor[] cursor = {ChangeCursor.startingAt(T0.minusSeconds(1))};
    change(1, T0, T0);
    now = T0.plusSeconds(1);
    assertThat(poll(cursor)).containsExactly(1L);
    change(2, T0.plusSeconds(5), T0.plusSeconds(5));
    change(1, T0.plusSeconds(6), T0.plusSeconds(6));
    now = T0.plusSeconds(7);
    assertThat(poll(cursor)).containsExactly(2L, 1L);
    now = T0.plusSeconds(8);
    assertThat(poll(cursor)).isEmpty();
  }

  @Test
  void aCursorWithoutTheCheckedInstant_readsTheOverlapOnceThenFromItsPosition() {
    change(1, T0, T0);
    change(2, T0.plusSeconds(10), T0.plusSeconds(10));
    ChangeCursor old = ChangeCursor.builder().since(T0).putSeen(1L, T0).build();
    ChangeCursor[] cursor = {old};
    now = T0.plusSeconds(300);
    assertThat(poll(cursor)).containsExactly(2L);
    assertThat(cursor[0].checkedBefore()).hasValue(T0.plusSeconds(10));
  }
}
