package io.workbridge.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncStoreProviderTest {
  @Test
  void named_memory_findsInMemoryProviderThroughServiceLoader() {
    SyncStoreProvider provider = SyncStoreProvider.named("memory");

    assertThat(provider).isInstanceOf(InMemorySyncStoreProvider.class);
    assertThat(provider.name()).isEqualTo(InMemorySyncStoreProvider.NAME);
  }

  @Test
  void create_withSettings_usesClockAndLease() {
    MutableClock clock = MutableClock.at("2026-03-01T00:00:00Z");
    SyncStoreSettings settings =
        SyncStoreSettings.builder().clock(clock).defaultLease(Duration.ofSeconds(10)).build();

    try (SyncStore store = SyncStoreProvider.named("memory").create(settings)) {
      EffectLog effects = store.connection(ConnectionId.of("c")).effects();
      effects.reserve("k");

      assertThat(effects.find("k").orElseThrow().leaseExpiresAt())
          .contains(clock.instant().plusSeconds(10));
    }
  }

  @Test
  void named_unknownName_throwsStoreExceptionListingAvailableProviders() {
    assertThatThrownBy(() -> SyncStoreProvider.named("cassandra"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("'cassandra'")
        .hasMessageContaining("memory");
  }

  @Test
  void named_blankOrNullName_rejected() {
    assertThatThrownBy(() -> SyncStoreProvider.named(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyncStoreProvider.named(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void settings_defaults_andRedactedProperties() {
    SyncStoreSettings settings =
        SyncStoreSettings.builder().putProperty("jdbc.password", "SECRET-CANARY-9f2").build();

    assertThat(SyncStoreSettings.defaults().defaultLease()).isEqualTo(SyncStoreSettings.DEFAULT_LEASE);
    assertThat(settings.properties()).containsEntry("jdbc.password", "SECRET-CANARY-9f2");
    assertThat(settings.toString()).doesNotContain("SECRET-CANARY-9f2");
  }

  @Test
  void settings_nonPositiveLease_rejected() {
    assertThatThrownBy(() -> SyncStoreSettings.builder().defaultLease(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
