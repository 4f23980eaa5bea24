package io.workbridge.sync.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.EffectState;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A process restarted under the same owner name reclaims its dead predecessor's reservations at once — but a
 * write its predecessor started moments ago may still be processed by the remote system. Taken over within the
 * settling time, the effect settles before it is looked up, so a booking the remote system is still creating is
 * found instead of created twice.
 */
class EffectTakeOverTest {

  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final ConnectionId CONNECTION = ConnectionId.of("take-over");

  private final MutableClock clock = MutableClock.at("2026-03-02T12:00:00Z");
  private final String url = "jdbc:h2:mem:take-over-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private JdbcSyncStore incarnation() {
    return JdbcSyncStore.open(url, "", SyncStoreSettings.builder().clock(clock).owner("bridge-1").build());
  }

  @Test
  void aReservationTakenOverFromAPredecessorWithinTheSettlingTime_settlesBeforeItIsLookedUp() {
    try (JdbcSyncStore dead = incarnation();
        JdbcSyncStore restarted = incarnation()) {
      assertThat(dead.connection(CONNECTION).effects().reserve("wo:1:booking")).isTrue();
      clock.advance(Duration.ofSeconds(5));
      EffectRunner runner = new EffectRunner(restarted.connection(CONNECTION).effects(), SyncReport.recorder(), SETTLE);
      AtomicInteger lookups = new AtomicInteger();
      AtomicInteger writes = new AtomicInteger();
      Optional<String>[] remote = new Optional[] {Optional.empty()};

      assertThatThrownBy(
              () -> runner.run("wo:1:booking", EffectType.CREATE_BOOKING, () -> {
                lookups.incrementAndGet();
                return remote[0];
              }, () -> "booking-" + writes.incrementAndGet()))
          .isInstanceOf(EffectInFlightException.class)
          .hasMessageContaining("settles");
      assertThat(restarted.connection(CONNECTION).effects().find("wo:1:booking").orElseThrow().state())
          .isEqualTo(EffectState.UNCERTAIN);
      assertThat(lookups).hasValue(0);
      assertThat(writes).hasValue(0);

      // Meanwhile the predecessor's booking lands; once settled, the lookup finds it and nothing is written.
      remote[0] = Optional.of("booking-from-predecessor");
      clock.advance(SETTLE);
      String result = runner.run("wo:1:booking", EffectType.CREATE_BOOKING, () -> {
        lookups.incrementAndGet();
        return remote[0];
      }, () -> "booking-" + writes.incrementAndGet());

      assertThat(result).isEqualTo("booking-from-predecessor");
      assertThat(lookups).hasValue(1);
      assertThat(writes).hasValue(0);
    }
  }

  @Test
  void aReservationTakenOverAfterTheSettlingTime_isLookedUpAtOnce() {
    try (JdbcSyncStore dead = incarnation();
        JdbcSyncStore restarted = incarnation()) {
      assertThat(dead.connection(CONNECTION).effects().reserve("wo:2:booking")).isTrue();
      clock.advance(SETTLE.plusSeconds(1));
      EffectRunner runner = new EffectRunner(restarted.connection(CONNECTION).effects(), SyncReport.recorder(), SETTLE);

      String result = runner.run("wo:2:booking", EffectType.CREATE_BOOKING, Optional::empty, () -> "booking-new");

      assertThat(result).isEqualTo("booking-new");
    }
  }
}
