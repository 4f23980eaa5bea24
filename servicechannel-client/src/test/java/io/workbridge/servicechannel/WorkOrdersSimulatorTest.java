package io.workbridge.servicechannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.Secret;
import io.workbridge.client.ValidationException;
import io.workbridge.servicechannel.model.AcceptResult;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.Decline;
import io.workbridge.servicechannel.model.DeclineReason;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.Note;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.ODataFilter;
import io.workbridge.servicechannel.resource.WorkOrderChanges;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.servicechannel.resource.WorkOrderSearch;
import io.workbridge.testkit.oauth.GrantType;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import io.workbridge.client.TransportException;
import io.workbridge.testkit.fault.Fault;
import org.junit.jupiter.api.Test;

/** Every work order, status and note operation against the stateful simulator. */
class WorkOrdersSimulatorTest extends SimulatorSupport {

  @Test
  void auth_passwordGrantOnceThenCachedToken() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      sc.workOrders().get(id);
      sc.workOrders().get(id);
      sc.notes().list(id).stream().toList();
    }
    assertThat(sim.oauth().tokenRequestCount()).isEqualTo(1);
    assertThat(sim.oauth().tokenRequestCount(GrantType.PASSWORD)).isEqualTo(1);
  }

  @Test
  void auth_accessTokenExpired_renewedWithRefreshToken() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      sc.workOrders().get(id);
      clock.advance(Duration.ofMinutes(11));
      sc.workOrders().get(id);
    }
    assertThat(sim.oauth().tokenRequestCount(GrantType.REFRESH_TOKEN)).isEqualTo(1);
    assertThat(sim.oauth().tokenRequestCount(GrantType.PASSWORD)).isEqualTo(1);
  }

  @Test
  void auth_unregisteredClient_saysNotRegisteredForEnvironment() {
    try (ServiceChannelClient sc = clientBuilder().clientId("PR.2000090505.unknown").build()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("not registered");
    }
    assertThat(sim.journal().count("GET", "/v3/.*")).isZero();
  }

  @Test
  void auth_wrongPassword_authenticationExceptionWithoutSecret() {
    try (ServiceChannelClient sc = clientBuilder().password(Secret.of("wrong-pw-xyz")).build()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-pw-xyz"));
    }
  }

  @Test
  void get_mapsSimulatorWorkOrder() {
    long id = sim.createWorkOrder(
        NewWorkOrder.builder(SANDBOX, ALBANY).nte(new BigDecimal("725.50")).purchaseNumber("PO-77").build());
    try (ServiceChannelClient sc = client()) {
      WorkOrder order = sc.workOrders().get(id);
      assertThat(order.id()).isEqualTo(id).isGreaterThan(Integer.MAX_VALUE - 100_000L);
      assertThat(order.status().primary()).isEqualTo("OPEN");
      assertThat(order.purchaseNumber()).contains("PO-77");
      assertThat(order.nte()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("725.50"));
      assertThat(order.subscriberId()).hasValue(SANDBOX);
      assertThat(order.location().orElseThrow().id()).isEqualTo(ALBANY);
      assertThat(order.location().orElseThrow().storeId()).contains("0024");
      // the embedded location is sparse, as live: the zone comes from the location itself
      assertThat(order.location().orElseThrow().timeZone()).isEmpty();
      assertThat(sc.locations().get(ALBANY).timeZone()).contains(ZoneId.of("America/New_York"));
      assertThat(order.callDate()).contains(clock.instant());
      assertThat(order.updatedDate()).contains(clock.instant());
    }
  }

  @Test
  void get_unknown_notFound() {
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(12345L)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void list_filtersBySubscriberAndStatus_pagesAtMost50() {
    for (int i = 0; i < 120; i++) {
      createAt(SANDBOX);
    }
    createAt(LEAN);
    try (ServiceChannelClient sc = client()) {
      List<WorkOrder> open =
          sc.workOrders()
              .list(
                  WorkOrderQuery.builder()
                      .filter(ODataFilter.subscriberId(SANDBOX).and(ODataFilter.primaryStatus("OPEN")))
                      .pageSize(100)
                      .build())
              .stream()
              .toList();
      assertThat(open).hasSize(120).allMatch(o -> o.subscriberId().getAsLong() == SANDBOX);
      assertThat(open).extracting(WorkOrder::id).isSorted();
    }
    assertThat(sim.journal().count("GET", "/v3/odata/workorders")).isEqualTo(3);
    assertThat(sim.journal().last("GET", "/v3/odata/workorders").orElseThrow().queryParam("$top")).contains("50");
  }

  @Test
  void list_defaultWindowHidesOldWorkOrders_callDateFilterWidensIt() {
    long old =
        sim.createWorkOrder(
            NewWorkOrder.builder(SANDBOX, ALBANY).callDate(clock.instant().minus(Duration.ofDays(120))).build());
    long recent = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.workOrders().list(WorkOrderQuery.all()).stream().map(WorkOrder::id))
          .containsExactly(recent);
      ODataFilter wide = ODataFilter.atOrAfter("CallDate", clock.instant().minus(Duration.ofDays(365)));
      assertThat(
              sc.workOrders().list(WorkOrderQuery.builder().filter(wide).build()).stream().map(WorkOrder::id))
          .containsExactly(old, recent);
    }
  }

  @Test
  void changedSince_deliversEachVersionOnce_andResumesFromTheCursor() {
    Instant start = clock.instant();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(createAt(SANDBOX));
      clock.advance(Duration.ofSeconds(1));
    }
    try (ServiceChannelClient sc = client()) {
      WorkOrderChanges first = sc.workOrders().changedSince(ChangeCursor.startingAt(start.minusSeconds(1)));
      assertThat(first.stream().map(WorkOrder::id)).containsExactlyElementsOf(ids);
      ChangeCursor cursor = first.nextCursor();
      assertThat(cursor.since()).isEqualTo(start.plusSeconds(59));

      clock.advance(Duration.ofSeconds(30));
      sim.addSubscriberNote(ids.get(3), "Please call before arriving");
      clock.advance(Duration.ofSeconds(1));
      sim.changeNte(ids.get(10), new BigDecimal("900"));
      WorkOrderChanges secondRun = sc.workOrders().changedSince(cursor);
      List<Long> second = secondRun.stream().map(WorkOrder::id).toList();
      assertThat(second).containsExactly(ids.get(3), ids.get(10));

      // nothing changed since: the overlap re-reads recent versions but delivers none again
      assertThat(sc.workOrders().changedSince(secondRun.nextCursor()).stream()).isEmpty();
    }
  }

  @Test
  void changedSince_moreThanAPageWithTheSameUpdatedDate_neitherLoopsNorLoses() {
    Instant start = clock.instant();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 75; i++) {
      ids.add(createAt(SANDBOX));
    }
    try (ServiceChannelClient sc = client()) {
      List<Long> seen =
          sc.workOrders().changedSince(ChangeCursor.startingAt(start)).stream().map(WorkOrder::id).toList();
      assertThat(seen).containsExactlyElementsOf(ids);
    }
  }

  @Test
  void changedSince_walk_tellsWhatItFetchedWithoutFetchingMore() {
    Instant start = clock.instant();
    for (int i = 0; i < 60; i++) {
      createAt(SANDBOX);
      clock.advance(Duration.ofSeconds(1));
    }
    try (ServiceChannelClient sc = client()) {
      WorkOrderChanges.ChangeWalk walk = sc.workOrders().changedSince(ChangeCursor.startingAt(start.minusSeconds(1))).walk();
      assertThat(walk.buffered()).isZero();
      assertThat(walk.mayHaveMore()).isTrue();
      int reads = sim.journal().count("GET", "/v3/odata/workorders");

      assertThat(walk.hasNext()).isTrue();
      assertThat(walk.buffered()).isEqualTo(50);
      for (int i = 0; i < 50; i++) {
        walk.next();
      }
      assertThat(walk.buffered()).isZero();
      assertThat(walk.mayHaveMore()).isTrue();
      assertThat(sim.journal().count("GET", "/v3/odata/workorders") - reads).isEqualTo(1);

      walk.forEachRemaining(order -> {});
      assertThat(walk.mayHaveMore()).isFalse();
      assertThat(sim.journal().count("GET", "/v3/odata/workorders") - reads).isEqualTo(2);
    }
  }

  @Test
  void search_findsByStatusAndNumberPrefix() {
    long a = createAt(SANDBOX);
    createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      sc.workOrders().accept(a, null);
      List<Long> found =
          sc.workOrders()
              .search(WorkOrderSearch.builder().status("IN PROGRESS").number(Long.toString(a)).build())
              .stream()
              .map(WorkOrder::id)
              .toList();
      assertThat(found).containsExactly(a);
    }
    assertThat(sim.journal().last("GET", "/v3/workorders").orElseThrow().queryParam("status")).contains("IN PROGRESS");
  }

  @Test
  void statuses_catalogPerSubscriber_andTransitionsForOneWorkOrder() {
    long id = createAt(LEAN);
    try (ServiceChannelClient sc = client()) {
      StatusCatalog sandbox = sc.workOrders().statusCatalog(SANDBOX);
      StatusCatalog lean = sc.workOrders().statusCatalog(LEAN);
      assertThat(sandbox.allows("IN PROGRESS", "DISPATCH CONFIRMED")).isTrue();
      assertThat(lean.allows("IN PROGRESS", "DISPATCH CONFIRMED")).isFalse();
      assertThat(lean.allows("OPEN", "DECLINED")).isFalse();
      assertThat(lean.allows("IN PROGRESS", "ON SITE")).isTrue();
      StatusCatalog transitions = sc.workOrders().allowedStatuses(id, LEAN);
      assertThat(transitions.allows("IN PROGRESS", "ON SITE")).isTrue();
      assertThat(transitions.allows("COMPLETED", "CONFIRMED")).isFalse();
    }
  }

  @Test
  void sc07_accept_thenAcceptAgain_isAlreadyAccepted() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.workOrders().accept(id, "On our way")).isEqualTo(AcceptResult.ACCEPTED);
      assertThat(sim.statusOf(id)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED");
      assertThat(sc.workOrders().accept(id, null)).isEqualTo(AcceptResult.ALREADY_ACCEPTED);
    }
  }

  @Test
  void sc13_changeStatusToMissingExtendedStatus_statusNotAllowed() {
    long id = createAt(LEAN);
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () ->
                  sc.workOrders()
                      .changeStatus(id, StatusChange.builder().status("IN PROGRESS", "DISPATCH CONFIRMED").build()))
          .isInstanceOfSatisfying(
              StatusNotAllowedException.class, e -> assertThat(e.errorCode()).contains("904"));
      // the fallback: an action-required note
      long noteId =
          sc.notes().create(id, NewNote.builder().text("Accepted, dispatch confirmed").actionRequired(true).build());
      assertThat(sc.notes().list(id).stream().filter(n -> n.id() == noteId).findFirst().orElseThrow().actionRequired())
          .isTrue();
    }
  }

  @Test
  void changeStatus_allowed_movesAndWritesSystemNote() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      var result =
          sc.workOrders()
              .changeStatus(id, StatusChange.builder().status("IN PROGRESS", "ON SITE").actor("Tech Tom").build());
      assertThat(result.message()).hasValueSatisfying(m -> assertThat(m).contains("ON SITE"));
      assertThat(sim.statusOf(id)).isEqualTo("IN PROGRESS/ON SITE");
      List<Note> notes = sc.notes().list(id).stream().toList();
      assertThat(notes).anyMatch(n -> n.isSystemNote() && n.text().contains("ON SITE"));
    }
  }

  @Test
  void changeStatus_billableByProvider_statusNotAllowed() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () -> sc.workOrders().changeStatus(id, StatusChange.builder().status("COMPLETED", "").build()))
          .isInstanceOf(StatusNotAllowedException.class);
    }
  }

  @Test
  void sc08_decline_reasonRequiredBySubscriber() {
    long id = createAt(LEAN);
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().decline(id, Decline.builder().note("busy").build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorCode()).contains("9001"));
      sc.workOrders()
          .decline(id, Decline.builder().reason(DeclineReason.TRADE_NOT_SERVICED).note("No HVAC techs").build());
      assertThat(sim.statusOf(id)).isEqualTo("OPEN/");
      assertThat(sim.noteTexts(id)).anyMatch(t -> t.contains("No HVAC techs"));
    }
  }

  @Test
  void sc08_declineWhoseAnswerIsLost_isNotSentAgainByTheClient() {
    // Each decline records a note and a history entry: repeating a PUT that reached the server declines twice.
    long id = createAt(SANDBOX);
    sim.simulator().faults().on("PUT", "/v3/workorders/\\d+/decline").then(Fault.disconnectAfterProcessing());
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () -> sc.workOrders().decline(id, Decline.builder().reason(DeclineReason.OTHER).customReason("Too far").build()))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestMaybeSent()).isTrue());
    }
    assertThat(sim.statusOf(id)).isEqualTo("OPEN/DECLINED");
    assertThat(sim.noteTexts(id)).filteredOn(text -> text.startsWith("Declined")).hasSize(1);
  }

  @Test
  void decline_withDeclinedStatus_movesToOpenDeclined() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      sc.workOrders().decline(id, Decline.builder().reason(DeclineReason.OTHER).customReason("Too far").build());
      assertThat(sim.statusOf(id)).isEqualTo("OPEN/DECLINED");
      assertThatThrownBy(() -> sc.workOrders().accept(id, null)).isInstanceOf(StatusNotAllowedException.class);
    }
  }

  @Test
  void notes_createAndListNewestFirst_systemNotesDistinguishable_paged() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      sc.workOrders().accept(id, null);
      long mine =
          sc.notes()
              .create(
                  id,
                  NewNote.builder()
                      .text("ST job #1042 created")
                      .addMailedTo("ops@example.com")
                      .visibility(1)
                      .actor("WorkBridge")
                      .build());
      sim.addSubscriberNote(id, "Thanks");
      List<Note> notes = sc.notes().list(id, 2).stream().toList();
      assertThat(notes).extracting(Note::text).first().isEqualTo("Thanks");
      assertThat(notes).extracting(Note::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
      Note created = notes.stream().filter(n -> n.id() == mine).findFirst().orElseThrow();
      assertThat(created.isSystemNote()).isFalse();
      assertThat(created.createdBy()).contains("WorkBridge");
      assertThat(created.mailedTo()).contains("ops@example.com");
      assertThat(notes).anyMatch(Note::isSystemNote);
      assertThat(mine).isGreaterThan(Integer.MAX_VALUE);
    }
    assertThat(sim.journal().count("GET", "/v3/workorders/\\d+/notes")).isEqualTo(2);
  }

  @Test
  void permission_401With504_permissionDeniedAfterOneRefresh() {
    long id = createAt(SANDBOX);
    sim.denyPermission("PUT", "/v3/workorders/\\d+/status");
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () -> sc.workOrders().changeStatus(id, StatusChange.builder().status("IN PROGRESS", "ON SITE").build()))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class,
              e -> assertThat(e.operation()).isEqualTo("workorders.changeStatus"));
    }
    assertThat(sim.oauth().tokenRequestCount()).isEqualTo(2);
    assertThat(sim.journal().count("PUT", "/v3/workorders/\\d+/status")).isEqualTo(2);
  }

  @Test
  void onHold_actionsRefusedWith933() {
    long id = createAt(SANDBOX);
    sim.putOnHold(id);
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().accept(id, null))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorCode()).contains("933"));
    }
  }
}
