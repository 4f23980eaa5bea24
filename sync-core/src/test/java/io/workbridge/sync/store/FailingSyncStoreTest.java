package io.workbridge.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.store.FailingSyncStore.Timing;
import io.workbridge.testkit.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailingSyncStoreTest {
  private final ConnectionId tenant = ConnectionId.of("t");
  private InMemorySyncStore real;
  private FailingSyncStore store;

  @BeforeEach
  void wrap() {
    real = InMemorySyncStore.create(MutableClock.at("2026-01-01T00:00:00Z"));
    store = FailingSyncStore.wrap(real);
  }

  @Test
  void failNthCall_before_throwsWithoutWriting() {
    EffectLog effects = store.connection(tenant).effects();
    store.failNthCall(2, Timing.BEFORE);

    assertThat(effects.reserve("a")).isTrue();
    assertThatThrownBy(() -> effects.reserve("b"))
        .isInstanceOf(InjectedStoreFailure.class)
        .isInstanceOf(StoreException.class)
        .satisfies(e -> assertThat(((InjectedStoreFailure) e).applied()).isFalse());
    assertThat(real.connection(tenant).effects().find("b")).isEmpty();
    assertThat(effects.reserve("b")).isTrue();
  }

  @Test
  void failWhen_after_writesThenThrows() {
    EffectLog effects = store.connection(tenant).effects();
    store.failWhen(call -> call.is("effects", "confirm"), Timing.AFTER, 1);
    effects.reserve("k");

    assertThatThrownBy(() -> effects.confirm("k", "r"))
        .isInstanceOfSatisfying(
            InjectedStoreFailure.class, e -> assertThat(e.call().arguments()).containsExactly("k", "r"));
    assertThat(real.connection(tenant).effects().result("k")).contains("r");
    effects.confirm("k", "r");
  }

  @Test
  void failWhen_times_firesOnlyThatOften() {
    CursorStore cursors = store.connection(tenant).cursors();
    store.failWhen(call -> call.part().equals("cursors") && call.isWrite(), Timing.BEFORE, 2);

    assertThat(cursors.get("s")).isEmpty();
    assertThatThrownBy(() -> cursors.set("s", "1")).isInstanceOf(InjectedStoreFailure.class);
    assertThatThrownBy(() -> cursors.set("s", "2")).isInstanceOf(InjectedStoreFailure.class);
    cursors.set("s", "3");

    assertThat(cursors.get("s")).contains("3");
    assertThat(store.injectedFailures()).hasSize(2);
  }

  @Test
  void failAlways_untilHeal() {
    HeldLeads held = store.connection(tenant).heldLeads();
    store.failAlways(call -> call.is("heldLeads", "hold"), Timing.BEFORE);

    for (int i = 0; i < 3; i++) {
      int n = i;
      assertThatThrownBy(() -> held.hold("a" + n, "p")).isInstanceOf(InjectedStoreFailure.class);
    }
    store.heal();

    assertThat(held.hold("a", "p")).isTrue();
    assertThat(real.connection(tenant).heldLeads().count()).isEqualTo(1);
  }

  @Test
  void calls_areNumberedAcrossPartsAndConnections() {
    store.connection(tenant).cursors().get("s");
    store.connection(ConnectionId.of("u")).links().target(LinkKind.WORK_ORDER_JOB, "x");
    store.failNthCall(1, Timing.BEFORE);

    assertThatThrownBy(() -> store.connection(tenant).notes().list("wo"))
        .isInstanceOfSatisfying(
            InjectedStoreFailure.class,
            e -> {
              assertThat(e.call().sequence()).isEqualTo(3);
              assertThat(e.call().part()).isEqualTo("notes");
              assertThat(e.call().method()).isEqualTo("list");
              assertThat(e.call().connectionId()).isEqualTo(tenant);
            });
    assertThat(store.callCount()).isEqualTo(3);
  }

  @Test
  void failure_messageNamesCallButNotArguments() {
    store.failNthCall(1, Timing.BEFORE);

    assertThatThrownBy(() -> store.connection(tenant).quarantine().add("s", "k", "r", "PAYLOAD-XYZ"))
        .hasMessageContaining("quarantine.add")
        .hasMessageNotContaining("PAYLOAD-XYZ");
  }

  @Test
  void invalidFaultConfiguration_rejected() {
    assertThatThrownBy(() -> store.failNthCall(0, Timing.BEFORE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.failWhen(c -> true, Timing.AFTER, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failWhen_customFailure_throwsItAndCanSimulateADyingProcess() {
    LinkStore links = store.connection(tenant).links();
    store.failWhen(
        call -> call.is("links", "link"), Timing.AFTER, 1, call -> new AssertionError("died"));

    assertThatThrownBy(() -> links.link(LinkKind.WORK_ORDER_JOB, "wo-1", "job-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("died");
    assertThat(real.connection(tenant).links().target(LinkKind.WORK_ORDER_JOB, "wo-1"))
        .contains("job-1");
    assertThat(store.injectedFailures()).isEmpty();
  }
}
