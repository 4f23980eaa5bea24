package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WorkBridgeFactory} opens the store the configuration names with {@code store.provider}. */
class WorkBridgeFactoryStoreTest {
  @TempDir Path data;

  private final SimulatedSystems systems = new SimulatedSystems();

  @AfterEach
  void stop() throws Exception {
    systems.close();
  }

  @Test
  void storeProvider_namedInTheConfiguration_isTheStoreTheBridgeSyncsWith() throws Exception {
    long workOrder = systems.workOrder();
    Path directory = data.resolve("store");

    try (WorkBridge bridge =
        WorkBridgeFactory.create(systems.config(directory, Map.of(), "store.provider=memory"), Clock.systemUTC())) {
      bridge.runOnce();
    }

    assertThat(systems.booking(Long.toString(workOrder))).isPresent();
    // The in-memory store wrote nothing where the default embedded database would have lived.
    assertThat(!Files.exists(directory) || isEmpty(directory)).isTrue();
  }

  @Test
  void unknownStoreProvider_isRefusedNamingTheAvailableOnes() {
    assertThatThrownBy(
            () -> WorkBridgeFactory.create(systems.config(data, Map.of(), "store.provider=cassandra"), Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("'cassandra'")
        .hasMessageContaining("jdbc")
        .hasMessageContaining("memory");
  }

  @Test
  void migrateFalse_createsNothing_aMissingStoreIsRefused_oneMigratedBeforeOpens() throws Exception {
    Path directory = data.resolve("hosted");
    assertThatThrownBy(
            () -> WorkBridgeFactory.create(systems.config(directory, Map.of(), "store.migrate=false"), Clock.systemUTC()))
        .isInstanceOf(io.workbridge.sync.store.StoreNotFoundException.class);
    assertThat(!Files.exists(directory) || isEmpty(directory)).isTrue();

    WorkBridgeFactory.create(systems.config(directory, Map.of()), Clock.systemUTC()).close(); // created and migrated
    try (WorkBridge bridge =
        WorkBridgeFactory.create(systems.config(directory, Map.of(), "store.migrate=false"), Clock.systemUTC())) {
      long workOrder = systems.workOrder();
      bridge.runOnce();
      assertThat(systems.booking(Long.toString(workOrder))).isPresent();
    }
  }

  private static boolean isEmpty(Path directory) throws Exception {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }
}
