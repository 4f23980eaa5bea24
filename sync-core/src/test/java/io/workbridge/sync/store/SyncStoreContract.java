package io.workbridge.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The conformance suite every {@link SyncStore} adapter runs: subclass it, implement
 * {@link #createStore(SyncStoreSettings)} to return a fresh, empty store, and every behaviour the SPI
 * documents is checked — compare-and-set cursors, links both ways, learnt mappings, the effect log's
 * exclusivity, leases and confirmations, the note ledger, the quarantine, deferred records, held leads, tenant isolation
 * of each part, and argument validation.
 *
 * <pre>{@code
 * class JdbcSyncStoreTest extends SyncStoreContract {
 *   protected SyncStore createStore(SyncStoreSettings settings) {
 *     return JdbcSyncStore.create(freshDatabase(), settings);
 *   }
 * }
 * }</pre>
 *
 * <p>The store must read time only from {@code settings.clock()} (a {@link MutableClock} the tests
 * move) and use {@code settings.defaultLease()} ({@link #LEASE}) for {@link EffectLog#reserve(String)}.
 */
public abstract class SyncStoreContract {
  /** Where the test clock starts. */
  protected static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

  /** The default lease the store is created with. */
  protected static final Duration LEASE = Duration.ofMinutes(5);

  /** How often the two-threads-one-effect race is repeated. */
  protected static final int RACE_REPETITIONS = 200;

  /** How many threads race in each repetition. */
  protected static final int RACERS = 4;

  protected MutableClock clock;
  protected SyncStore store;
  protected ConnectionStore tenantA;
  protected ConnectionStore tenantB;

  /**
   * Returns a new, empty store that reads time from {@code settings.clock()} and reserves effects
   * with {@code settings.defaultLease()}. Called once before each test; closed after it.
   */
  protected abstract SyncStore createStore(SyncStoreSettings settings);

  /**
   * Opens another store over the data of the store {@link #createStore} returned last, as a restarted process
   * would; empty (the default) for an adapter that keeps nothing across processes, whose restart cases are
   * then skipped. The caller closes it.
   */
  protected Optional<SyncStore> reopenStore(SyncStoreSettings settings) {
    return Optional.empty();
  }

  @BeforeEach
  void createStoreUnderTest() {
    clock = MutableClock.at(START);
    store = createStore(SyncStoreSettings.builder().clock(clock).defaultLease(LEASE).build());
    tenantA = store.connection(ConnectionId.of("tenant-a"));
    tenantB = store.connection(ConnectionId.of("tenant-b"));
  }

  @AfterEach
  void closeStoreUnderTest() {
    if (store != null) {
      store.close();
    }
  }

  // ---------------------------------------------------------------- connections

  @Test
  void connection_nullId_throwsNullPointerException() {
    assertThatThrownBy(() -> store.connection(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void connection_sameIdTwice_seesSameState() {
    tenantA.cursors().set("sc.work-orders", "c1");

    ConnectionStore again = store.connection(ConnectionId.of("tenant-a"));

    assertThat(again.connectionId()).isEqualTo(ConnectionId.of("tenant-a"));
    assertThat(again.cursors().get("sc.work-orders")).contains("c1");
  }

  @Test
  void connection_newConnection_isEmpty() {
    ConnectionStore fresh = store.connection(ConnectionId.of("never-used"));

    assertThat(fresh.cursors().get("sc.work-orders")).isEmpty();
    assertThat(fresh.links().list(LinkKind.WORK_ORDER_BOOKING)).isEmpty();
    assertThat(fresh.mappings().list()).isEmpty();
    assertThat(fresh.effects().find("any")).isEmpty();
    assertThat(fresh.notes().list("wo-1")).isEmpty();
    assertThat(fresh.quarantine().list()).isEmpty();
    assertThat(fresh.heldLeads().list()).isEmpty();
    assertThat(fresh.deferred().list()).isEmpty();
  }

  @Test
  void keys_maximumLengthAccepted_longerRejected() {
    String longest = "k".repeat(SyncStore.MAX_KEY_LENGTH);

    assertThat(tenantA.effects().reserve(longest)).isTrue();
    assertThat(tenantA.effects().find(longest)).isPresent();
    tenantA.cursors().set(longest, "v");
    assertThat(tenantA.cursors().get(longest)).contains("v");
    assertThatThrownBy(() -> tenantA.effects().reserve(longest + "k"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConnectionId.of(longest + "k"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- cursors

  @Test
  void cursor_neverSet_isEmpty() {
    assertThat(tenantA.cursors().get("st.jobs")).isEmpty();
  }

  @Test
  void cursor_compareAndSetFromAbsent_setsValue() {
    assertThat(tenantA.cursors().compareAndSet("st.jobs", null, "2026-01-01T09:00:00Z")).isTrue();

    assertThat(tenantA.cursors().get("st.jobs")).contains("2026-01-01T09:00:00Z");
  }

  @Test
  void cursor_compareAndSetFromAbsentWhenAlreadySet_failsAndKeepsValue() {
    tenantA.cursors().set("st.jobs", "c1");

    assertThat(tenantA.cursors().compareAndSet("st.jobs", null, "c2")).isFalse();
    assertThat(tenantA.cursors().get("st.jobs")).contains("c1");
  }

  @Test
  void cursor_compareAndSetWithCurrentValue_advances() {
    tenantA.cursors().set("st.jobs", "c1");

    assertThat(tenantA.cursors().compareAndSet("st.jobs", "c1", "c2")).isTrue();
    assertThat(tenantA.cursors().compareAndSet("st.jobs", "c2", "c3")).isTrue();
    assertThat(tenantA.cursors().get("st.jobs")).contains("c3");
  }

  @Test
  void cursor_compareAndSetWithStaleValue_failsAndKeepsValue() {
    tenantA.cursors().set("st.jobs", "c1");
    tenantA.cursors().compareAndSet("st.jobs", "c1", "c2");

    assertThat(tenantA.cursors().compareAndSet("st.jobs", "c1", "c9")).isFalse();
    assertThat(tenantA.cursors().get("st.jobs")).contains("c2");
  }

  @Test
  void cursor_compareAndSetOnAbsentWithExpectedValue_fails() {
    assertThat(tenantA.cursors().compareAndSet("st.jobs", "c1", "c2")).isFalse();
    assertThat(tenantA.cursors().get("st.jobs")).isEmpty();
  }

  @Test
  void cursor_streams_areIndependent() {
    tenantA.cursors().set("st.jobs", "j1");
    tenantA.cursors().set("sc.work-orders", "w1");

    tenantA.cursors().compareAndSet("st.jobs", "j1", "j2");

    assertThat(tenantA.cursors().get("st.jobs")).contains("j2");
    assertThat(tenantA.cursors().get("sc.work-orders")).contains("w1");
  }

  @Test
  void cursor_setAndReset_overwriteAndRemove() {
    tenantA.cursors().set("st.jobs", "c1");
    tenantA.cursors().set("st.jobs", "c0");
    assertThat(tenantA.cursors().get("st.jobs")).contains("c0");

    assertThat(tenantA.cursors().reset("st.jobs")).isTrue();
    assertThat(tenantA.cursors().reset("st.jobs")).isFalse();
    assertThat(tenantA.cursors().get("st.jobs")).isEmpty();
    assertThat(tenantA.cursors().compareAndSet("st.jobs", null, "c5")).isTrue();
  }

  @Test
  void cursor_concurrentCompareAndSetFromSameValue_exactlyOneWins() throws Exception {
    for (int round = 0; round < RACE_REPETITIONS / 4; round++) {
      String stream = "race-" + round;
      tenantA.cursors().set(stream, "start");
      List<Boolean> results =
          race(racer -> tenantA.cursors().compareAndSet(stream, "start", "next-" + racer));

      assertThat(results).as("round %d", round).containsOnlyOnce(true);
      assertThat(tenantA.cursors().get(stream).orElseThrow()).startsWith("next-");
    }
  }

  @Test
  void cursor_invalidArguments_rejected() {
    CursorStore cursors = tenantA.cursors();
    assertNullRejected(() -> cursors.get(null));
    assertNullRejected(() -> cursors.compareAndSet(null, null, "v"));
    assertNullRejected(() -> cursors.compareAndSet("s", null, null));
    assertNullRejected(() -> cursors.set("s", null));
    assertBlankRejected(() -> cursors.get(" "));
    assertBlankRejected(() -> cursors.compareAndSet("", null, "v"));
    assertBlankRejected(() -> cursors.set("s", " "));
    assertBlankRejected(() -> cursors.reset("\t"));
  }

  @Test
  void cursor_otherTenant_cannotSeeOrChangeIt() {
    tenantA.cursors().set("st.jobs", "a1");

    assertThat(tenantB.cursors().get("st.jobs")).isEmpty();
    assertThat(tenantB.cursors().compareAndSet("st.jobs", "a1", "b2")).isFalse();
    assertThat(tenantB.cursors().reset("st.jobs")).isFalse();
    assertThat(tenantB.cursors().compareAndSet("st.jobs", null, "b1")).isTrue();

    assertThat(tenantA.cursors().get("st.jobs")).contains("a1");
    assertThat(tenantB.cursors().get("st.jobs")).contains("b1");
  }

  @Test
  void cursor_list_returnsEveryStreamOfTheConnectionInNameOrder() {
    tenantA.cursors().set("st.work-order-events", "token-9");
    tenantA.cursors().set("sc.work-orders", "2026-01-01T09:00:00Z");
    tenantB.cursors().set("leads.alerts", "cursor-b");

    assertThat(tenantA.cursors().list())
        .containsExactly(
            java.util.Map.entry("sc.work-orders", "2026-01-01T09:00:00Z"),
            java.util.Map.entry("st.work-order-events", "token-9"));
    assertThat(tenantB.cursors().list()).containsOnlyKeys("leads.alerts");
  }

  // ---------------------------------------------------------------- links

  @Test
  void link_created_isFoundBothWays() {
    assertThat(tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "bk-1")).isTrue();

    assertThat(tenantA.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-1")).contains("bk-1");
    assertThat(tenantA.links().source(LinkKind.WORK_ORDER_BOOKING, "bk-1")).contains("wo-1");
    assertThat(tenantA.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-2")).isEmpty();
    assertThat(tenantA.links().source(LinkKind.WORK_ORDER_BOOKING, "bk-2")).isEmpty();
  }

  @Test
  void link_sameLinkTwice_isIdempotent() {
    tenantA.links().link(LinkKind.ALERT_BOOKING, "alert-1", "bk-1");

    assertThat(tenantA.links().link(LinkKind.ALERT_BOOKING, "alert-1", "bk-1")).isFalse();
    assertThat(tenantA.links().list(LinkKind.ALERT_BOOKING))
        .containsExactly(new Link(LinkKind.ALERT_BOOKING, "alert-1", "bk-1"));
  }

  @Test
  void link_sourceAlreadyLinkedToOtherTarget_conflictsAndKeepsOld() {
    tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "bk-1");

    assertThatThrownBy(() -> tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "bk-2"))
        .isInstanceOf(LinkConflictException.class)
        .hasMessageContaining("wo-1");
    assertThat(tenantA.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-1")).contains("bk-1");
    assertThat(tenantA.links().source(LinkKind.WORK_ORDER_BOOKING, "bk-2")).isEmpty();
  }

  @Test
  void link_targetAlreadyLinkedFromOtherSource_conflictsAndKeepsOld() {
    tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "bk-1");

    assertThatThrownBy(() -> tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-2", "bk-1"))
        .isInstanceOf(LinkConflictException.class)
        .hasMessageContaining("bk-1");
    assertThat(tenantA.links().source(LinkKind.WORK_ORDER_BOOKING, "bk-1")).contains("wo-1");
    assertThat(tenantA.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-2")).isEmpty();
  }

  @Test
  void link_kinds_areIndependent() {
    tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "100");
    tenantA.links().link(LinkKind.WORK_ORDER_JOB, "wo-1", "200");
    tenantA.links().link(LinkKind.of("custom.kind"), "100", "wo-1");

    assertThat(tenantA.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-1")).contains("100");
    assertThat(tenantA.links().target(LinkKind.WORK_ORDER_JOB, "wo-1")).contains("200");
    assertThat(tenantA.links().source(LinkKind.WORK_ORDER_JOB, "100")).isEmpty();
    assertThat(tenantA.links().target(LinkKind.of("custom.kind"), "100")).contains("wo-1");
  }

  @Test
  void link_unlink_removesBothDirectionsAndAllowsRelinking() {
    tenantA.links().link(LinkKind.BOOKING_JOB, "bk-1", "job-1");

    assertThat(tenantA.links().unlink(LinkKind.BOOKING_JOB, "bk-1")).isTrue();
    assertThat(tenantA.links().unlink(LinkKind.BOOKING_JOB, "bk-1")).isFalse();
    assertThat(tenantA.links().target(LinkKind.BOOKING_JOB, "bk-1")).isEmpty();
    assertThat(tenantA.links().source(LinkKind.BOOKING_JOB, "job-1")).isEmpty();

    assertThat(tenantA.links().link(LinkKind.BOOKING_JOB, "bk-1", "job-2")).isTrue();
    assertThat(tenantA.links().link(LinkKind.BOOKING_JOB, "bk-9", "job-1")).isTrue();
  }

  @Test
  void link_list_returnsLinksOfKindInCreationOrder() {
    tenantA.links().link(LinkKind.WORK_ORDER_JOB, "wo-3", "j3");
    tenantA.links().link(LinkKind.WORK_ORDER_JOB, "wo-1", "j1");
    tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-2", "b2");
    tenantA.links().link(LinkKind.WORK_ORDER_JOB, "wo-2", "j2");

    assertThat(tenantA.links().list(LinkKind.WORK_ORDER_JOB))
        .containsExactly(
            new Link(LinkKind.WORK_ORDER_JOB, "wo-3", "j3"),
            new Link(LinkKind.WORK_ORDER_JOB, "wo-1", "j1"),
            new Link(LinkKind.WORK_ORDER_JOB, "wo-2", "j2"));
  }

  @Test
  void link_invalidArguments_rejected() {
    LinkStore links = tenantA.links();
    assertNullRejected(() -> links.link(null, "a", "b"));
    assertNullRejected(() -> links.link(LinkKind.WORK_ORDER_JOB, null, "b"));
    assertNullRejected(() -> links.link(LinkKind.WORK_ORDER_JOB, "a", null));
    assertNullRejected(() -> links.target(LinkKind.WORK_ORDER_JOB, null));
    assertNullRejected(() -> links.source(null, "b"));
    assertNullRejected(() -> links.list(null));
    assertBlankRejected(() -> links.link(LinkKind.WORK_ORDER_JOB, " ", "b"));
    assertBlankRejected(() -> links.link(LinkKind.WORK_ORDER_JOB, "a", ""));
    assertBlankRejected(() -> links.unlink(LinkKind.WORK_ORDER_JOB, " "));
    assertBlankRejected(() -> LinkKind.of("Not A Kind"));
  }

  @Test
  void link_otherTenant_cannotSeeOrChangeIt() {
    tenantA.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "bk-1");

    assertThat(tenantB.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-1")).isEmpty();
    assertThat(tenantB.links().source(LinkKind.WORK_ORDER_BOOKING, "bk-1")).isEmpty();
    assertThat(tenantB.links().list(LinkKind.WORK_ORDER_BOOKING)).isEmpty();
    assertThat(tenantB.links().unlink(LinkKind.WORK_ORDER_BOOKING, "wo-1")).isFalse();
    assertThat(tenantB.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "bk-other")).isTrue();

    assertThat(tenantA.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-1")).contains("bk-1");
    assertThat(tenantB.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-1")).contains("bk-other");
  }

  // ---------------------------------------------------------------- entity mappings

  private static final SubscriberLocation STORE_7 = SubscriberLocation.of("sub-1", "loc-7");
  private static final CustomerLocation CUSTOMER_A = CustomerLocation.of("cust-1", "st-loc-1");
  private static final CustomerLocation CUSTOMER_B = CustomerLocation.of("cust-2", "st-loc-2");

  @Test
  void mapping_learn_firstLearningWins() {
    assertThat(tenantA.mappings().learn(STORE_7, CUSTOMER_A)).isTrue();
    assertThat(tenantA.mappings().learn(STORE_7, CUSTOMER_B)).isFalse();

    assertThat(tenantA.mappings().get(STORE_7)).contains(CUSTOMER_A);
    StoredMapping stored = tenantA.mappings().find(STORE_7).orElseThrow();
    assertThat(stored.origin()).isEqualTo(MappingOrigin.LEARNT);
    assertThat(stored.updatedAt()).isEqualTo(START);
  }

  @Test
  void mapping_explicit_replacesLearntAndIsNotReplacedByLearning() {
    tenantA.mappings().learn(STORE_7, CUSTOMER_A);
    clock.advance(Duration.ofMinutes(1));

    tenantA.mappings().set(STORE_7, CUSTOMER_B);
    assertThat(tenantA.mappings().learn(STORE_7, CUSTOMER_A)).isFalse();

    StoredMapping stored = tenantA.mappings().find(STORE_7).orElseThrow();
    assertThat(stored.value()).isEqualTo(CUSTOMER_B);
    assertThat(stored.origin()).isEqualTo(MappingOrigin.EXPLICIT);
    assertThat(stored.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
  }

  @Test
  void mapping_removeAndList_behaveAsAMap() {
    SubscriberLocation store8 = SubscriberLocation.of("sub-1", "loc-8");
    tenantA.mappings().learn(STORE_7, CUSTOMER_A);
    tenantA.mappings().set(store8, CUSTOMER_B);

    assertThat(tenantA.mappings().list())
        .extracting(StoredMapping::key, StoredMapping::value)
        .containsExactly(
            tuple(STORE_7, CUSTOMER_A),
            tuple(store8, CUSTOMER_B));
    assertThat(tenantA.mappings().remove(STORE_7)).isTrue();
    assertThat(tenantA.mappings().remove(STORE_7)).isFalse();
    assertThat(tenantA.mappings().get(STORE_7)).isEmpty();
    assertThat(tenantA.mappings().learn(STORE_7, CUSTOMER_B)).isTrue();
  }

  @Test
  void mapping_invalidArguments_rejected() {
    MappingStore mappings = tenantA.mappings();
    assertNullRejected(() -> mappings.learn(null, CUSTOMER_A));
    assertNullRejected(() -> mappings.learn(STORE_7, null));
    assertNullRejected(() -> mappings.set(STORE_7, null));
    assertNullRejected(() -> mappings.find(null));
    assertNullRejected(() -> mappings.remove(null));
    assertBlankRejected(() -> SubscriberLocation.of(" ", "loc"));
    assertBlankRejected(() -> CustomerLocation.of("cust", ""));
  }

  @Test
  void mapping_otherTenant_cannotSeeOrChangeIt() {
    tenantA.mappings().learn(STORE_7, CUSTOMER_A);

    assertThat(tenantB.mappings().get(STORE_7)).isEmpty();
    assertThat(tenantB.mappings().list()).isEmpty();
    assertThat(tenantB.mappings().remove(STORE_7)).isFalse();
    assertThat(tenantB.mappings().learn(STORE_7, CUSTOMER_B)).isTrue();

    assertThat(tenantA.mappings().get(STORE_7)).contains(CUSTOMER_A);
    assertThat(tenantB.mappings().get(STORE_7)).contains(CUSTOMER_B);
  }

  // ---------------------------------------------------------------- effect log

  @Test
  void effect_reserveNewKey_returnsTrueAndRecordsLease() {
    assertThat(tenantA.effects().reserve("booking:wo-1")).isTrue();

    EffectRecord record = tenantA.effects().find("booking:wo-1").orElseThrow();
    assertThat(record.key()).isEqualTo("booking:wo-1");
    assertThat(record.state()).isEqualTo(EffectState.RESERVED);
    assertThat(record.reservations()).isEqualTo(1);
    assertThat(record.reservedAt()).isEqualTo(START);
    assertThat(record.leaseExpiresAt()).contains(START.plus(LEASE));
    assertThat(record.confirmedAt()).isEmpty();
    assertThat(record.result()).isEmpty();
    assertThat(tenantA.effects().isConfirmed("booking:wo-1")).isFalse();
  }

  @Test
  void effect_reserveReservedKey_returnsFalse() {
    tenantA.effects().reserve("booking:wo-1");

    assertThat(tenantA.effects().reserve("booking:wo-1")).isFalse();
    assertThat(tenantA.effects().find("booking:wo-1").orElseThrow().reservations()).isEqualTo(1);
  }

  @Test
  void effect_twoThreadsReserveOneEffect_exactlyOneWins() throws Exception {
    for (int round = 0; round < RACE_REPETITIONS; round++) {
      String key = "note:wo-" + round;

      List<Boolean> results = race(racer -> tenantA.effects().reserve(key));

      assertThat(results).as("round %d", round).containsOnlyOnce(true);
    }
  }

  @Test
  void effect_threadsTakeOverExpiredLease_exactlyOneWins() throws Exception {
    for (int round = 0; round < RACE_REPETITIONS / 4; round++) {
      String key = "checkin:wo-" + round;
      tenantA.effects().reserve(key);
      clock.advance(LEASE);

      List<Boolean> results = race(racer -> tenantA.effects().reserve(key));

      assertThat(results).as("round %d", round).containsOnlyOnce(true);
      assertThat(tenantA.effects().find(key).orElseThrow().reservations()).isEqualTo(2);
    }
  }

  @Test
  void effect_leaseRunningOut_allowsTakeoverOnlyFromExpiry() {
    tenantA.effects().reserve("invoice:inv-1");

    clock.advance(LEASE.minusMillis(1));
    assertThat(tenantA.effects().reserve("invoice:inv-1")).isFalse();

    clock.advance(Duration.ofMillis(1));
    assertThat(tenantA.effects().reserve("invoice:inv-1")).isTrue();

    EffectRecord record = tenantA.effects().find("invoice:inv-1").orElseThrow();
    assertThat(record.reservations()).isEqualTo(2);
    assertThat(record.reservedAt()).isEqualTo(START.plus(LEASE));
    assertThat(record.leaseExpiresAt()).contains(START.plus(LEASE).plus(LEASE));
    assertThat(tenantA.effects().reserve("invoice:inv-1")).isFalse();
  }

  @Test
  void effect_reserveWithOwnLease_usesIt() {
    assertThat(tenantA.effects().reserve("attach:wo-1", Duration.ofSeconds(30))).isTrue();
    assertThat(tenantA.effects().find("attach:wo-1").orElseThrow().leaseExpiresAt())
        .contains(START.plusSeconds(30));

    clock.advance(Duration.ofSeconds(29));
    assertThat(tenantA.effects().reserve("attach:wo-1")).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tenantA.effects().reserve("attach:wo-1")).isTrue();
  }

  @Test
  void effect_confirmed_isNeverReservedAgain() {
    tenantA.effects().reserve("booking:wo-1");
    tenantA.effects().confirm("booking:wo-1", "bk-1");

    assertThat(tenantA.effects().reserve("booking:wo-1")).isFalse();
    clock.advance(Duration.ofDays(365));
    assertThat(tenantA.effects().reserve("booking:wo-1")).isFalse();
    assertThat(tenantA.effects().reserve("booking:wo-1", Duration.ofMillis(1))).isFalse();
    assertThat(tenantA.effects().isConfirmed("booking:wo-1")).isTrue();
  }

  @Test
  void effect_confirmWithResult_resultReadBack() {
    tenantA.effects().reserve("booking:wo-1");
    clock.advance(Duration.ofSeconds(3));

    tenantA.effects().confirm("booking:wo-1", "bk-4711");

    assertThat(tenantA.effects().result("booking:wo-1")).contains("bk-4711");
    EffectRecord record = tenantA.effects().find("booking:wo-1").orElseThrow();
    assertThat(record.state()).isEqualTo(EffectState.CONFIRMED);
    assertThat(record.isConfirmed()).isTrue();
    assertThat(record.result()).contains("bk-4711");
    assertThat(record.reservedAt()).isEqualTo(START);
    assertThat(record.confirmedAt()).contains(START.plusSeconds(3));
    assertThat(record.leaseExpiresAt()).isEmpty();
  }

  @Test
  void effect_confirmWithoutResult_hasNoResult() {
    tenantA.effects().reserve("checkin:wo-1");

    tenantA.effects().confirm("checkin:wo-1");

    assertThat(tenantA.effects().isConfirmed("checkin:wo-1")).isTrue();
    assertThat(tenantA.effects().result("checkin:wo-1")).isEmpty();
  }

  @Test
  void effect_confirmTwice_isIdempotentAndKeepsFirstResult() {
    tenantA.effects().reserve("booking:wo-1");
    tenantA.effects().confirm("booking:wo-1", "bk-1");
    clock.advance(Duration.ofMinutes(1));

    tenantA.effects().confirm("booking:wo-1", "bk-2");
    tenantA.effects().confirm("booking:wo-1");

    EffectRecord record = tenantA.effects().find("booking:wo-1").orElseThrow();
    assertThat(record.result()).contains("bk-1");
    assertThat(record.confirmedAt()).contains(START);
  }

  @Test
  void effect_resultOfReservedOrUnknownKey_isEmpty() {
    tenantA.effects().reserve("booking:wo-1");

    assertThat(tenantA.effects().result("booking:wo-1")).isEmpty();
    assertThat(tenantA.effects().result("booking:wo-2")).isEmpty();
    assertThat(tenantA.effects().find("booking:wo-2")).isEmpty();
    assertThat(tenantA.effects().isConfirmed("booking:wo-2")).isFalse();
  }

  @Test
  void effect_release_allowsImmediateReserve() {
    tenantA.effects().reserve("note:n-1");

    assertThat(tenantA.effects().release("note:n-1")).isTrue();
    assertThat(tenantA.effects().find("note:n-1")).isEmpty();
    assertThat(tenantA.effects().reserve("note:n-1")).isTrue();
    assertThat(tenantA.effects().release("note:n-1")).isTrue();
    assertThat(tenantA.effects().release("note:n-1")).isFalse();
  }

  @Test
  void effect_releaseConfirmed_isRefusedAndStaysConfirmed() {
    tenantA.effects().reserve("invoice:inv-1");
    tenantA.effects().confirm("invoice:inv-1", "sc-inv-9");

    assertThat(tenantA.effects().release("invoice:inv-1")).isFalse();
    assertThat(tenantA.effects().isConfirmed("invoice:inv-1")).isTrue();
    assertThat(tenantA.effects().result("invoice:inv-1")).contains("sc-inv-9");
    assertThat(tenantA.effects().reserve("invoice:inv-1")).isFalse();
  }

  @Test
  void effect_releaseUnknownKey_returnsFalse() {
    assertThat(tenantA.effects().release("never-reserved")).isFalse();
  }

  @Test
  void effect_confirmWithoutReservation_recordsConfirmation() {
    tenantA.effects().confirm("booking:wo-9", "bk-9");

    assertThat(tenantA.effects().isConfirmed("booking:wo-9")).isTrue();
    assertThat(tenantA.effects().result("booking:wo-9")).contains("bk-9");
    assertThat(tenantA.effects().reserve("booking:wo-9")).isFalse();
  }

  @Test
  void effect_confirmAfterTakeoverAndRelease_stillConfirms() {
    tenantA.effects().reserve("booking:wo-1");
    clock.advance(LEASE);
    tenantA.effects().reserve("booking:wo-1");
    tenantA.effects().release("booking:wo-1");

    tenantA.effects().confirm("booking:wo-1", "bk-late");

    assertThat(tenantA.effects().result("booking:wo-1")).contains("bk-late");
    assertThat(tenantA.effects().reserve("booking:wo-1")).isFalse();
  }

  @Test
  void effect_keys_areIndependent() {
    tenantA.effects().reserve("booking:wo-1");
    tenantA.effects().confirm("booking:wo-1", "bk-1");

    assertThat(tenantA.effects().reserve("booking:wo-2")).isTrue();
    assertThat(tenantA.effects().reserve("BOOKING:WO-1")).isTrue();
    assertThat(tenantA.effects().result("booking:wo-2")).isEmpty();
  }

  @Test
  void effect_invalidArguments_rejected() {
    EffectLog effects = tenantA.effects();
    assertNullRejected(() -> effects.reserve(null));
    assertNullRejected(() -> effects.reserve("k", null));
    assertNullRejected(() -> effects.confirm(null, "r"));
    assertNullRejected(() -> effects.release(null));
    assertNullRejected(() -> effects.find(null));
    assertBlankRejected(() -> effects.reserve(""));
    assertBlankRejected(() -> effects.reserve(" \t"));
    assertBlankRejected(() -> effects.confirm(" ", "r"));
    assertBlankRejected(() -> effects.release(" "));
    assertBlankRejected(() -> effects.reserve("k", Duration.ZERO));
    assertBlankRejected(() -> effects.reserve("k", Duration.ofSeconds(-1)));
    assertThat(effects.find("k")).isEmpty();
  }

  @Test
  void effect_otherTenant_cannotSeeOrChangeIt() {
    tenantA.effects().reserve("booking:wo-1");
    tenantA.effects().reserve("booking:wo-2");
    tenantA.effects().confirm("booking:wo-2", "bk-2");

    assertThat(tenantB.effects().find("booking:wo-1")).isEmpty();
    assertThat(tenantB.effects().result("booking:wo-2")).isEmpty();
    assertThat(tenantB.effects().release("booking:wo-1")).isFalse();
    assertThat(tenantB.effects().reserve("booking:wo-1")).isTrue();
    assertThat(tenantB.effects().reserve("booking:wo-2")).isTrue();
    tenantB.effects().confirm("booking:wo-1", "b-bk-1");

    assertThat(tenantA.effects().find("booking:wo-1").orElseThrow().state())
        .isEqualTo(EffectState.RESERVED);
    assertThat(tenantA.effects().result("booking:wo-2")).contains("bk-2");
    assertThat(tenantB.effects().result("booking:wo-1")).contains("b-bk-1");
  }

  @Test
  void effect_pending_listsUnconfirmedReservationsOldestFirst() {
    assertThat(tenantA.effects().reserve("first")).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tenantA.effects().reserve("second")).isTrue();
    assertThat(tenantA.effects().reserve("done")).isTrue();
    tenantA.effects().confirm("done", "42");
    assertThat(tenantB.effects().reserve("other-tenant")).isTrue();

    assertThat(tenantA.effects().pending())
        .extracting(EffectRecord::key)
        .containsExactly("first", "second");
    assertThat(tenantA.effects().pending()).allMatch(record -> !record.isConfirmed());
    assertThat(tenantB.effects().pending()).extracting(EffectRecord::key).containsExactly("other-tenant");
  }

  @Test
  void effect_markUncertain_endsTheLeaseKeepsTheEntryAndIsTakenAtOnce() {
    assertThat(tenantA.effects().reserve("booking:wo-u")).isTrue();
    assertThat(tenantA.effects().find("booking:wo-u").orElseThrow().mayHaveHappened()).isFalse();

    assertThat(tenantA.effects().markUncertain("booking:wo-u", Duration.ZERO)).isTrue();

    EffectRecord uncertain = tenantA.effects().find("booking:wo-u").orElseThrow();
    assertThat(uncertain.state()).isEqualTo(EffectState.UNCERTAIN);
    assertThat(uncertain.leaseExpiresAt()).contains(clock.instant());
    assertThat(uncertain.mayHaveHappened()).isTrue();
    assertThat(tenantA.effects().isConfirmed("booking:wo-u")).isFalse();
    assertThat(tenantA.effects().pending()).extracting(EffectRecord::key).contains("booking:wo-u");
    // No settling time asked: the next reservation takes it at once, and it still may have happened.
    assertThat(tenantA.effects().reserve("booking:wo-u")).isTrue();
    EffectRecord retaken = tenantA.effects().find("booking:wo-u").orElseThrow();
    assertThat(retaken.state()).isEqualTo(EffectState.RESERVED);
    assertThat(retaken.reservations()).isEqualTo(2);
    assertThat(retaken.mayHaveHappened()).isTrue();
    assertThat(tenantA.effects().reserve("booking:wo-u")).isFalse();
  }

  @Test
  void effect_uncertain_isNotRetakenBeforeItsSettlingTimePassed() {
    tenantA.effects().reserve("booking:wo-s");
    assertThat(tenantA.effects().markUncertain("booking:wo-s", Duration.ofSeconds(90))).isTrue();

    clock.advance(Duration.ofSeconds(89));
    assertThat(tenantA.effects().reserve("booking:wo-s")).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tenantA.effects().reserve("booking:wo-s")).isTrue();
    assertThat(tenantA.effects().find("booking:wo-s").orElseThrow().mayHaveHappened()).isTrue();
  }

  @Test
  void effect_markUncertain_rejectsANegativeSettlingTime() {
    tenantA.effects().reserve("booking:wo-n");
    assertThatThrownBy(() -> tenantA.effects().markUncertain("booking:wo-n", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void effect_uncertain_canBeConfirmedOrReleasedButNotMarkedTwice() {
    tenantA.effects().reserve("note:u-1");
    tenantA.effects().markUncertain("note:u-1", Duration.ZERO);
    assertThat(tenantA.effects().markUncertain("note:u-1", Duration.ZERO)).isFalse();
    tenantA.effects().confirm("note:u-1", "sc-note-1");
    assertThat(tenantA.effects().result("note:u-1")).contains("sc-note-1");
    assertThat(tenantA.effects().markUncertain("note:u-1", Duration.ZERO)).isFalse();

    tenantA.effects().reserve("note:u-2");
    tenantA.effects().markUncertain("note:u-2", Duration.ZERO);
    assertThat(tenantA.effects().release("note:u-2")).isTrue();
    assertThat(tenantA.effects().find("note:u-2")).isEmpty();
    assertThat(tenantA.effects().markUncertain("never-reserved", Duration.ZERO)).isFalse();
  }

  @Test
  void effect_uncertain_twoThreadsTakeIt_exactlyOneWins() throws Exception {
    for (int round = 0; round < RACE_REPETITIONS / 4; round++) {
      String key = "invoice:u-" + round;
      tenantA.effects().reserve(key);
      tenantA.effects().markUncertain(key, Duration.ZERO);

      List<Boolean> results = race(racer -> tenantA.effects().reserve(key));

      assertThat(results).as("round %d", round).containsOnlyOnce(true);
    }
  }

  @Test
  void effect_uncertain_isInvisibleToOtherTenants() {
    tenantA.effects().reserve("shared-key");
    tenantA.effects().markUncertain("shared-key", Duration.ZERO);

    assertThat(tenantB.effects().find("shared-key")).isEmpty();
    assertThat(tenantB.effects().markUncertain("shared-key", Duration.ZERO)).isFalse();
    assertThat(tenantA.effects().find("shared-key").orElseThrow().state()).isEqualTo(EffectState.UNCERTAIN);
  }

  @Test
  void effect_restartedOwner_reclaimsItsPredecessorsReservationAtOnce_othersWaitForTheLease() {
    SyncStoreSettings first = SyncStoreSettings.builder().clock(clock).defaultLease(LEASE).owner("bridge-1").build();
    SyncStoreSettings second = SyncStoreSettings.builder().clock(clock).defaultLease(LEASE).owner("bridge-2").build();
    store.close();
    store = null;
    Optional<SyncStore> crashed = reopenStore(first);
    Assumptions.assumeTrue(crashed.isPresent(), "the store keeps nothing across processes");
    try (SyncStore dying = crashed.get()) {
      ConnectionStore dead = dying.connection(ConnectionId.of("tenant-a"));
      assertThat(dead.effects().reserve("booking:wo-r")).isTrue();
      assertThat(dead.effects().find("booking:wo-r").orElseThrow().owner())
          .hasValueSatisfying(owner -> assertThat(owner).startsWith("bridge-1#"));
    }
    try (SyncStore other = reopenStore(second).orElseThrow()) {
      assertThat(other.connection(ConnectionId.of("tenant-a")).effects().reserve("booking:wo-r")).isFalse();
    }
    try (SyncStore restarted = reopenStore(first).orElseThrow()) {
      ConnectionStore again = restarted.connection(ConnectionId.of("tenant-a"));
      assertThat(again.effects().reserve("booking:wo-r")).isTrue();
      EffectRecord reclaimed = again.effects().find("booking:wo-r").orElseThrow();
      assertThat(reclaimed.reservations()).isEqualTo(2);
      assertThat(reclaimed.mayHaveHappened()).isTrue();
      // Its own live reservation is not reclaimed by itself.
      assertThat(again.effects().reserve("booking:wo-r")).isFalse();
    }
  }

  @Test
  void effect_ownerNamesWithPatternCharacters_onlyTheSameNameReclaims() {
    store.close();
    store = null;
    Optional<SyncStore> crashed = reopenStore(ownedBy("bridge-1"));
    Assumptions.assumeTrue(crashed.isPresent(), "the store keeps nothing across processes");
    try (SyncStore dying = crashed.get()) {
      assertThat(dying.connection(ConnectionId.of("tenant-a")).effects().reserve("booking:wo-p")).isTrue();
    }
    try (SyncStore dying = reopenStore(ownedBy("b_%!")).orElseThrow()) {
      assertThat(dying.connection(ConnectionId.of("tenant-a")).effects().reserve("booking:wo-q")).isTrue();
    }
    for (String lookalike : List.of("bridge_1", "bridge%", "%", "bridge", "b_%")) {
      try (SyncStore other = reopenStore(ownedBy(lookalike)).orElseThrow()) {
        EffectLog effects = other.connection(ConnectionId.of("tenant-a")).effects();
        assertThat(effects.reserve("booking:wo-p")).as("owner %s", lookalike).isFalse();
        assertThat(effects.reserve("booking:wo-q")).as("owner %s", lookalike).isFalse();
      }
    }
    try (SyncStore restarted = reopenStore(ownedBy("bridge-1")).orElseThrow()) {
      assertThat(restarted.connection(ConnectionId.of("tenant-a")).effects().reserve("booking:wo-p")).isTrue();
    }
    try (SyncStore restarted = reopenStore(ownedBy("b_%!")).orElseThrow()) {
      assertThat(restarted.connection(ConnectionId.of("tenant-a")).effects().reserve("booking:wo-q")).isTrue();
    }
  }

  private SyncStoreSettings ownedBy(String owner) {
    return SyncStoreSettings.builder().clock(clock).defaultLease(LEASE).owner(owner).build();
  }

  // ---------------------------------------------------------------- note ledger

  private static NoteRecord stToSc(String sourceId, String hash, String targetId) {
    return NoteRecord.builder()
        .direction(NoteDirection.ST_TO_SC)
        .threadId("wo-1")
        .sourceNoteId(sourceId)
        .contentHash(hash)
        .targetNoteId(Optional.ofNullable(targetId))
        .build();
  }

  @Test
  void notes_recorded_isCopied() {
    assertThat(tenantA.notes().record(stToSc("st-n1", "h1", "sc-n1"))).isTrue();

    assertThat(tenantA.notes().isCopied(NoteDirection.ST_TO_SC, "st-n1", "h1")).isTrue();
    assertThat(tenantA.notes().isCopied(NoteDirection.ST_TO_SC, "st-n2", "h1")).isFalse();
  }

  @Test
  void notes_sameNoteAndContentTwice_isNotRecordedAgain() {
    tenantA.notes().record(stToSc("st-n1", "h1", "sc-n1"));

    assertThat(tenantA.notes().record(stToSc("st-n1", "h1", "sc-n9"))).isFalse();
    assertThat(tenantA.notes().list("wo-1"))
        .singleElement()
        .satisfies(n -> assertThat(n.targetNoteId()).contains("sc-n1"));
  }

  @Test
  void notes_editedContent_isANewCopy() {
    tenantA.notes().record(stToSc("st-n1", "h1", "sc-n1"));

    assertThat(tenantA.notes().isCopied(NoteDirection.ST_TO_SC, "st-n1", "h2")).isFalse();
    assertThat(tenantA.notes().record(stToSc("st-n1", "h2", "sc-n2"))).isTrue();
    assertThat(tenantA.notes().list("wo-1"))
        .extracting(NoteRecord::contentHash)
        .containsExactly("h1", "h2");
  }

  @Test
  void notes_directions_areIndependent() {
    tenantA.notes().record(stToSc("n1", "h1", null));

    assertThat(tenantA.notes().isCopied(NoteDirection.SC_TO_ST, "n1", "h1")).isFalse();
    assertThat(
            tenantA
                .notes()
                .record(
                    NoteRecord.builder()
                        .direction(NoteDirection.SC_TO_ST)
                        .threadId("wo-1")
                        .sourceNoteId("n1")
                        .contentHash("h1")
                        .build()))
        .isTrue();
  }

  @Test
  void notes_findByTarget_recognisesOurOwnCopy() {
    tenantA.notes().record(stToSc("st-n1", "h1", "sc-n1"));

    assertThat(tenantA.notes().findByTarget(NoteDirection.ST_TO_SC, "sc-n1"))
        .hasValueSatisfying(n -> assertThat(n.sourceNoteId()).isEqualTo("st-n1"));
    assertThat(tenantA.notes().findByTarget(NoteDirection.ST_TO_SC, "sc-n2")).isEmpty();
    assertThat(tenantA.notes().findByTarget(NoteDirection.SC_TO_ST, "sc-n1")).isEmpty();
  }

  @Test
  void notes_containsContent_isPerThreadAndDirection() {
    tenantA.notes().record(stToSc("st-n1", "h1", null));

    assertThat(tenantA.notes().containsContent(NoteDirection.ST_TO_SC, "wo-1", "h1")).isTrue();
    assertThat(tenantA.notes().containsContent(NoteDirection.ST_TO_SC, "wo-2", "h1")).isFalse();
    assertThat(tenantA.notes().containsContent(NoteDirection.SC_TO_ST, "wo-1", "h1")).isFalse();
    assertThat(tenantA.notes().containsContent(NoteDirection.ST_TO_SC, "wo-1", "h2")).isFalse();
  }

  @Test
  void notes_list_perThreadOldestFirstWithRecordingTime() {
    tenantA.notes().record(stToSc("st-n1", "h1", "sc-n1"));
    clock.advance(Duration.ofSeconds(10));
    tenantA
        .notes()
        .record(
            NoteRecord.builder()
                .direction(NoteDirection.SC_TO_ST)
                .threadId("wo-2")
                .sourceNoteId("sc-n5")
                .contentHash("h5")
                .build());
    tenantA.notes().record(stToSc("st-n2", "h2", "sc-n2"));

    List<NoteRecord> thread = tenantA.notes().list("wo-1");
    assertThat(thread).extracting(NoteRecord::sourceNoteId).containsExactly("st-n1", "st-n2");
    assertThat(thread.get(0).recordedAt()).contains(START);
    assertThat(thread.get(1).recordedAt()).contains(START.plusSeconds(10));
    assertThat(tenantA.notes().list("wo-2")).hasSize(1);
    assertThat(tenantA.notes().list("wo-3")).isEmpty();
  }

  @Test
  void notes_invalidArguments_rejected() {
    NoteLedger notes = tenantA.notes();
    assertNullRejected(() -> notes.record(null));
    assertNullRejected(() -> notes.isCopied(null, "n", "h"));
    assertNullRejected(() -> notes.isCopied(NoteDirection.ST_TO_SC, null, "h"));
    assertNullRejected(() -> notes.findByTarget(NoteDirection.ST_TO_SC, null));
    assertNullRejected(() -> notes.containsContent(NoteDirection.ST_TO_SC, "wo", null));
    assertNullRejected(() -> notes.list(null));
    assertBlankRejected(() -> notes.isCopied(NoteDirection.ST_TO_SC, "n", " "));
    assertBlankRejected(() -> notes.findByTarget(NoteDirection.ST_TO_SC, ""));
    assertBlankRejected(() -> notes.list(" "));
    assertBlankRejected(() -> stToSc(" ", "h", null));
  }

  @Test
  void notes_otherTenant_cannotSeeThem() {
    tenantA.notes().record(stToSc("st-n1", "h1", "sc-n1"));

    assertThat(tenantB.notes().isCopied(NoteDirection.ST_TO_SC, "st-n1", "h1")).isFalse();
    assertThat(tenantB.notes().findByTarget(NoteDirection.ST_TO_SC, "sc-n1")).isEmpty();
    assertThat(tenantB.notes().containsContent(NoteDirection.ST_TO_SC, "wo-1", "h1")).isFalse();
    assertThat(tenantB.notes().list("wo-1")).isEmpty();
    assertThat(tenantB.notes().record(stToSc("st-n1", "h1", "sc-n1"))).isTrue();
    assertThat(tenantA.notes().list("wo-1")).hasSize(1);
  }

  // ---------------------------------------------------------------- quarantine

  @Test
  void quarantine_add_storesFirstAttempt() {
    QuarantinedRecord record =
        tenantA.quarantine().add("sc.work-orders", "wo-1", "unknown status 'Xyz'", "{\"id\":1}");

    assertThat(record.connectionId()).isEqualTo(ConnectionId.of("tenant-a"));
    assertThat(record.stream()).isEqualTo("sc.work-orders");
    assertThat(record.recordKey()).isEqualTo("wo-1");
    assertThat(record.reason()).isEqualTo("unknown status 'Xyz'");
    assertThat(record.payload()).isEqualTo("{\"id\":1}");
    assertThat(record.attempts()).isEqualTo(1);
    assertThat(record.firstSeen()).isEqualTo(START);
    assertThat(record.lastSeen()).isEqualTo(START);
    assertThat(tenantA.quarantine().find("sc.work-orders", "wo-1")).contains(record);
  }

  @Test
  void quarantine_addAgain_incrementsAttemptsAndKeepsFirstSeen() {
    tenantA.quarantine().add("sc.work-orders", "wo-1", "missing location", "p1");
    clock.advance(Duration.ofMinutes(5));

    QuarantinedRecord again =
        tenantA.quarantine().add("sc.work-orders", "wo-1", "unknown trade", "p2");

    assertThat(again.attempts()).isEqualTo(2);
    assertThat(again.reason()).isEqualTo("unknown trade");
    assertThat(again.payload()).isEqualTo("p2");
    assertThat(again.firstSeen()).isEqualTo(START);
    assertThat(again.lastSeen()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(tenantA.quarantine().list()).hasSize(1);
  }

  @Test
  void quarantine_emptyPayload_isAccepted() {
    QuarantinedRecord record = tenantA.quarantine().add("leads.alerts", "a-1", "empty body", "");

    assertThat(record.payload()).isEmpty();
    assertThat(tenantA.quarantine().find("leads.alerts", "a-1")).isPresent();
  }

  @Test
  void quarantine_retryFailed_incrementsAttemptsWithNewReason() {
    tenantA.quarantine().add("st.jobs", "job-1", "bad date", "payload");
    clock.advance(Duration.ofHours(1));

    QuarantinedRecord updated =
        tenantA.quarantine().retryFailed("st.jobs", "job-1", "still bad date").orElseThrow();

    assertThat(updated.attempts()).isEqualTo(2);
    assertThat(updated.reason()).isEqualTo("still bad date");
    assertThat(updated.payload()).isEqualTo("payload");
    assertThat(updated.firstSeen()).isEqualTo(START);
    assertThat(updated.lastSeen()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(tenantA.quarantine().retryFailed("st.jobs", "job-2", "x")).isEmpty();
    assertThat(tenantA.quarantine().find("st.jobs", "job-2")).isEmpty();
  }

  @Test
  void quarantine_retrySucceededAndDrop_removeTheRecord() {
    tenantA.quarantine().add("st.jobs", "job-1", "bad", "p");
    tenantA.quarantine().add("st.jobs", "job-2", "bad", "p");

    assertThat(tenantA.quarantine().retrySucceeded("st.jobs", "job-1")).isTrue();
    assertThat(tenantA.quarantine().retrySucceeded("st.jobs", "job-1")).isFalse();
    assertThat(tenantA.quarantine().drop("st.jobs", "job-2")).isTrue();
    assertThat(tenantA.quarantine().drop("st.jobs", "job-2")).isFalse();
    assertThat(tenantA.quarantine().list()).isEmpty();
  }

  @Test
  void quarantine_list_allAndPerStreamInFirstQuarantinedOrder() {
    tenantA.quarantine().add("st.jobs", "job-2", "bad", "p");
    tenantA.quarantine().add("sc.work-orders", "wo-1", "bad", "p");
    tenantA.quarantine().add("st.jobs", "job-1", "bad", "p");
    tenantA.quarantine().add("st.jobs", "job-2", "worse", "p");

    assertThat(tenantA.quarantine().list())
        .extracting(QuarantinedRecord::recordKey)
        .containsExactly("job-2", "wo-1", "job-1");
    assertThat(tenantA.quarantine().list("st.jobs"))
        .extracting(QuarantinedRecord::recordKey)
        .containsExactly("job-2", "job-1");
    assertThat(tenantA.quarantine().list("leads.alerts")).isEmpty();
  }

  @Test
  void quarantine_sameKeyInOtherStream_isSeparate() {
    tenantA.quarantine().add("st.jobs", "42", "bad job", "p");
    tenantA.quarantine().add("st.invoices", "42", "bad invoice", "p");

    assertThat(tenantA.quarantine().find("st.jobs", "42").orElseThrow().reason())
        .isEqualTo("bad job");
    assertThat(tenantA.quarantine().find("st.invoices", "42").orElseThrow().attempts())
        .isEqualTo(1);
  }

  @Test
  void quarantine_invalidArguments_rejected() {
    Quarantine quarantine = tenantA.quarantine();
    assertNullRejected(() -> quarantine.add(null, "k", "r", "p"));
    assertNullRejected(() -> quarantine.add("s", null, "r", "p"));
    assertNullRejected(() -> quarantine.add("s", "k", null, "p"));
    assertNullRejected(() -> quarantine.add("s", "k", "r", null));
    assertNullRejected(() -> quarantine.find("s", null));
    assertNullRejected(() -> quarantine.list(null));
    assertBlankRejected(() -> quarantine.add(" ", "k", "r", "p"));
    assertBlankRejected(() -> quarantine.add("s", "k", " ", "p"));
    assertBlankRejected(() -> quarantine.retryFailed("s", "k", ""));
    assertBlankRejected(() -> quarantine.drop("s", " "));
    assertThat(quarantine.list()).isEmpty();
  }

  @Test
  void quarantine_otherTenant_cannotSeeOrChangeIt() {
    tenantA.quarantine().add("st.jobs", "job-1", "bad", "secret payload");

    assertThat(tenantB.quarantine().list()).isEmpty();
    assertThat(tenantB.quarantine().find("st.jobs", "job-1")).isEmpty();
    assertThat(tenantB.quarantine().retryFailed("st.jobs", "job-1", "x")).isEmpty();
    assertThat(tenantB.quarantine().retrySucceeded("st.jobs", "job-1")).isFalse();
    assertThat(tenantB.quarantine().drop("st.jobs", "job-1")).isFalse();
    assertThat(tenantB.quarantine().add("st.jobs", "job-1", "b", "p").connectionId())
        .isEqualTo(ConnectionId.of("tenant-b"));

    assertThat(tenantA.quarantine().find("st.jobs", "job-1").orElseThrow().attempts())
        .isEqualTo(1);
  }

  @Test
  void quarantine_keys_areThoseOfTheStream() {
    tenantA.quarantine().add("st.jobs", "job-1", "bad", "p");
    tenantA.quarantine().add("st.jobs", "job-2", "bad", "p");
    tenantA.quarantine().add("sc.work-orders", "wo-1", "bad", "p");
    tenantB.quarantine().add("st.jobs", "job-3", "bad", "p");

    assertThat(tenantA.quarantine().keys("st.jobs")).containsExactlyInAnyOrder("job-1", "job-2");
    assertThat(tenantA.quarantine().keys("leads.alerts")).isEmpty();
  }

  // ---------------------------------------------------------------- deferred records

  @Test
  void deferred_defer_storesFirstAttemptDueAfterTheDelay() {
    DeferredRecord record =
        tenantA.deferred().defer("sc.work-orders", "wo-1", "wo:1", "503 on booking", "{\"id\":1}", Duration.ofSeconds(30));

    assertThat(record.connectionId()).isEqualTo(ConnectionId.of("tenant-a"));
    assertThat(record.stream()).isEqualTo("sc.work-orders");
    assertThat(record.recordKey()).isEqualTo("wo-1");
    assertThat(record.group()).isEqualTo("wo:1");
    assertThat(record.reason()).isEqualTo("503 on booking");
    assertThat(record.payload()).isEqualTo("{\"id\":1}");
    assertThat(record.attempts()).isEqualTo(1);
    assertThat(record.firstFailed()).isEqualTo(START);
    assertThat(record.lastFailed()).isEqualTo(START);
    assertThat(record.nextAttempt()).isEqualTo(START.plusSeconds(30));
    assertThat(tenantA.deferred().find("sc.work-orders", "wo-1")).contains(record);
  }

  @Test
  void deferred_deferAgain_countsAnAttemptKeepsFirstFailureAndMovesTheDueTime() {
    tenantA.deferred().defer("st.events", "job:1", "g", "timeout", "p1", Duration.ofSeconds(30));
    clock.advance(Duration.ofMinutes(1));

    DeferredRecord again = tenantA.deferred().defer("st.events", "job:1", "wo:7", "502", "p2", Duration.ofMinutes(2));

    assertThat(again.attempts()).isEqualTo(2);
    assertThat(again.group()).isEqualTo("wo:7");
    assertThat(again.reason()).isEqualTo("502");
    assertThat(again.payload()).isEqualTo("p2");
    assertThat(again.firstFailed()).isEqualTo(START);
    assertThat(again.lastFailed()).isEqualTo(START.plusSeconds(60));
    assertThat(again.nextAttempt()).isEqualTo(START.plusSeconds(180));
    assertThat(tenantA.deferred().list()).hasSize(1);
  }

  @Test
  void deferred_due_onlyThoseOfTheStreamWhoseTimeHasComeEarliestFirst() {
    tenantA.deferred().defer("st.events", "late", "g", "r", "", Duration.ofSeconds(90));
    tenantA.deferred().defer("st.events", "soon", "g", "r", "", Duration.ofSeconds(10));
    tenantA.deferred().defer("st.events", "now", "g", "r", "", Duration.ZERO);
    tenantA.deferred().defer("sc.work-orders", "other-stream", "g", "r", "", Duration.ZERO);

    assertThat(tenantA.deferred().due("st.events", 10)).extracting(DeferredRecord::recordKey).containsExactly("now");
    clock.advance(Duration.ofSeconds(10));
    assertThat(tenantA.deferred().due("st.events", 10))
        .extracting(DeferredRecord::recordKey)
        .containsExactly("now", "soon");
    assertThat(tenantA.deferred().due("st.events", 1)).extracting(DeferredRecord::recordKey).containsExactly("now");
    clock.advance(Duration.ofMinutes(5));
    assertThat(tenantA.deferred().due("st.events", 10))
        .extracting(DeferredRecord::recordKey)
        .containsExactly("now", "soon", "late");
    assertThat(tenantA.deferred().list())
        .extracting(DeferredRecord::recordKey)
        .containsExactly("other-stream", "now", "soon", "late");
  }

  @Test
  void deferred_remove_removesOnlyThatRecord() {
    tenantA.deferred().defer("st.events", "job:1", "g", "r", "p", Duration.ZERO);
    tenantA.deferred().defer("sc.work-orders", "job:1", "g", "r", "p", Duration.ZERO);

    assertThat(tenantA.deferred().remove("st.events", "job:1")).isTrue();
    assertThat(tenantA.deferred().remove("st.events", "job:1")).isFalse();
    assertThat(tenantA.deferred().find("sc.work-orders", "job:1")).isPresent();
    assertThat(tenantA.deferred().due("st.events", 10)).isEmpty();
  }

  @Test
  void deferred_invalidArguments_rejected() {
    DeferredRecords deferred = tenantA.deferred();
    assertNullRejected(() -> deferred.defer(null, "k", "g", "r", "p", Duration.ZERO));
    assertNullRejected(() -> deferred.defer("s", null, "g", "r", "p", Duration.ZERO));
    assertNullRejected(() -> deferred.defer("s", "k", "g", null, "p", Duration.ZERO));
    assertNullRejected(() -> deferred.defer("s", "k", "g", "r", null, Duration.ZERO));
    assertNullRejected(() -> deferred.defer("s", "k", "g", "r", "p", null));
    assertNullRejected(() -> deferred.defer("s", "k", null, "r", "p", Duration.ZERO));
    assertBlankRejected(() -> deferred.defer("s", "k", " ", "r", "p", Duration.ZERO));
    assertNullRejected(() -> deferred.find("s", null));
    assertNullRejected(() -> deferred.due(null, 1));
    assertBlankRejected(() -> deferred.defer(" ", "k", "g", "r", "p", Duration.ZERO));
    assertBlankRejected(() -> deferred.defer("s", "k", "g", " ", "p", Duration.ZERO));
    assertBlankRejected(() -> deferred.remove("s", " "));
    assertThatThrownBy(() -> deferred.defer("s", "k", "g", "r", "p", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deferred.due("s", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(deferred.list()).isEmpty();
  }

  @Test
  void deferred_otherTenant_cannotSeeOrChangeIt() {
    tenantA.deferred().defer("st.events", "job:1", "g", "r", "secret payload", Duration.ZERO);

    assertThat(tenantB.deferred().list()).isEmpty();
    assertThat(tenantB.deferred().find("st.events", "job:1")).isEmpty();
    assertThat(tenantB.deferred().due("st.events", 10)).isEmpty();
    assertThat(tenantB.deferred().remove("st.events", "job:1")).isFalse();
    assertThat(tenantB.deferred().defer("st.events", "job:1", "g", "r", "p", Duration.ZERO).attempts()).isEqualTo(1);

    assertThat(tenantA.deferred().find("st.events", "job:1").orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void deferred_survivesARestart() {
    tenantA.deferred().defer("st.events", "job:1", "g", "timeout", "p", Duration.ofSeconds(30));
    store.close();
    store = null;
    Optional<SyncStore> restarted =
        reopenStore(SyncStoreSettings.builder().clock(clock).defaultLease(LEASE).build());
    Assumptions.assumeTrue(restarted.isPresent(), "the store keeps nothing across processes");
    try (SyncStore again = restarted.get()) {
      clock.advance(Duration.ofSeconds(30));
      assertThat(again.connection(ConnectionId.of("tenant-a")).deferred().due("st.events", 10))
          .extracting(DeferredRecord::recordKey, DeferredRecord::attempts)
          .containsExactly(tuple("job:1", 1));
    }
  }

  // ---------------------------------------------------------------- held leads

  @Test
  void heldLeads_listInArrivalOrder() {
    tenantA.heldLeads().hold("alert-3", "{\"a\":3}");
    clock.advance(Duration.ofSeconds(1));
    tenantA.heldLeads().hold("alert-1", "{\"a\":1}");
    tenantA.heldLeads().hold("alert-2", "{\"a\":2}");

    List<HeldLead> held = tenantA.heldLeads().list();
    assertThat(held).extracting(HeldLead::alertId).containsExactly("alert-3", "alert-1", "alert-2");
    assertThat(held).extracting(HeldLead::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(held.get(0).heldAt()).isEqualTo(START);
    assertThat(held.get(1).heldAt()).isEqualTo(START.plusSeconds(1));
    assertThat(held.get(0).payload()).isEqualTo("{\"a\":3}");
    assertThat(tenantA.heldLeads().count()).isEqualTo(3);
  }

  @Test
  void heldLeads_sameAlertTwice_keepsFirst() {
    assertThat(tenantA.heldLeads().hold("alert-1", "first")).isTrue();

    assertThat(tenantA.heldLeads().hold("alert-1", "second")).isFalse();
    assertThat(tenantA.heldLeads().list()).singleElement().extracting(HeldLead::payload)
        .isEqualTo("first");
  }

  @Test
  void heldLeads_replay_releasesInOrderAndKeepsTheRest() {
    for (int i = 1; i <= 5; i++) {
      tenantA.heldLeads().hold("alert-" + i, "p" + i);
    }
    List<String> replayed = new ArrayList<>();

    for (HeldLead lead : tenantA.heldLeads().list().subList(0, 3)) {
      replayed.add(lead.alertId());
      assertThat(tenantA.heldLeads().release(lead.alertId())).isTrue();
    }

    assertThat(replayed).containsExactly("alert-1", "alert-2", "alert-3");
    assertThat(tenantA.heldLeads().list()).extracting(HeldLead::alertId)
        .containsExactly("alert-4", "alert-5");
    assertThat(tenantA.heldLeads().release("alert-1")).isFalse();
  }

  @Test
  void heldLeads_heldAgainAfterRelease_goesToTheEnd() {
    tenantA.heldLeads().hold("alert-1", "p1");
    tenantA.heldLeads().hold("alert-2", "p2");
    tenantA.heldLeads().release("alert-1");

    assertThat(tenantA.heldLeads().hold("alert-1", "p1 again")).isTrue();

    assertThat(tenantA.heldLeads().list()).extracting(HeldLead::alertId)
        .containsExactly("alert-2", "alert-1");
    assertThat(tenantA.heldLeads().find("alert-1").orElseThrow().payload()).isEqualTo("p1 again");
    assertThat(tenantA.heldLeads().find("alert-9")).isEmpty();
  }

  @Test
  void heldLeads_concurrentHolds_allKeptWithDistinctSequences() throws Exception {
    List<Boolean> results = race(racer -> tenantA.heldLeads().hold("alert-" + racer, "p"));

    assertThat(results).containsOnly(true);
    assertThat(tenantA.heldLeads().list())
        .hasSize(RACERS)
        .extracting(HeldLead::sequence)
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void heldLeads_invalidArguments_rejected() {
    HeldLeads held = tenantA.heldLeads();
    assertNullRejected(() -> held.hold(null, "p"));
    assertNullRejected(() -> held.hold("a", null));
    assertNullRejected(() -> held.release(null));
    assertNullRejected(() -> held.find(null));
    assertBlankRejected(() -> held.hold(" ", "p"));
    assertBlankRejected(() -> held.release(""));
    assertThat(held.list()).isEmpty();
  }

  @Test
  void heldLeads_otherTenant_cannotSeeOrReleaseThem() {
    tenantA.heldLeads().hold("alert-1", "p");

    assertThat(tenantB.heldLeads().list()).isEmpty();
    assertThat(tenantB.heldLeads().count()).isZero();
    assertThat(tenantB.heldLeads().find("alert-1")).isEmpty();
    assertThat(tenantB.heldLeads().release("alert-1")).isFalse();
    assertThat(tenantB.heldLeads().hold("alert-1", "b")).isTrue();

    assertThat(tenantA.heldLeads().find("alert-1").orElseThrow().payload()).isEqualTo("p");
  }

  // ---------------------------------------------------------------- helpers

  /** A task run by each racer; gets the racer's index. */
  @FunctionalInterface
  protected interface RacerTask<T> {
    T run(int racer) throws Exception;
  }

  /**
   * Runs {@code task} on {@link #RACERS} threads released together by a start gate, and returns each
   * racer's result.
   */
  protected static <T> List<T> race(RacerTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      CountDownLatch ready = new CountDownLatch(RACERS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        int racer = i;
        Callable<T> call =
            () -> {
              ready.countDown();
              start.await();
              return task.run(racer);
            };
        futures.add(pool.submit(call));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).as("racers ready").isTrue();
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(10, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Asserts that {@code call} rejects a null argument with a {@link NullPointerException}. */
  protected static void assertNullRejected(Executable call) {
    assertThatThrownBy(call::execute).isInstanceOf(NullPointerException.class);
  }

  /** Asserts that {@code call} rejects an invalid argument with an {@link IllegalArgumentException}. */
  protected static void assertBlankRejected(Executable call) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class);
  }
}
