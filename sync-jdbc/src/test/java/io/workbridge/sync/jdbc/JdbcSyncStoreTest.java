package io.workbridge.sync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.StoreNotFoundException;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSyncStoreTest {
  @TempDir Path directory;

  @Test
  void embedded_stateSurvivesReopen() {
    try (JdbcSyncStore store = JdbcSyncStore.embedded(directory, SyncStoreSettings.defaults())) {
      ConnectionStore acme = store.connection(ConnectionId.of("acme"));
      acme.links().link(LinkKind.WORK_ORDER_BOOKING, "wo-1", "bk-1");
      acme.cursors().compareAndSet("sc.work-orders", null, "2026-11-25T10:00:00Z");
      assertThat(acme.effects().reserve("booking:wo-1")).isTrue();
      acme.effects().confirm("booking:wo-1", "bk-1");
    }

    try (JdbcSyncStore reopened = JdbcSyncStore.embedded(directory, SyncStoreSettings.defaults())) {
      ConnectionStore acme = reopened.connection(ConnectionId.of("acme"));
      assertThat(acme.links().target(LinkKind.WORK_ORDER_BOOKING, "wo-1")).contains("bk-1");
      assertThat(acme.cursors().get("sc.work-orders")).contains("2026-11-25T10:00:00Z");
      assertThat(acme.effects().result("booking:wo-1")).contains("bk-1");
      assertThat(acme.effects().reserve("booking:wo-1")).isFalse();
    }
  }

  @Test
  void existingOnly_opensNothingThatIsNotThere_andCreatesNothing() {
    SyncStoreSettings existing = SyncStoreSettings.builder().existingOnly(true).build();
    Path empty = directory.resolve("empty");

    assertThatThrownBy(() -> JdbcSyncStore.embedded(empty, existing))
        .isInstanceOf(StoreNotFoundException.class)
        .hasMessageContaining("nothing has run yet");
    assertThat(empty).doesNotExist();
    String url = "jdbc:h2:file:" + directory.resolve("bare") + ";DB_CLOSE_ON_EXIT=FALSE";
    assertThatThrownBy(() -> JdbcSyncStore.open(url, "", existing))
        .isInstanceOf(StoreNotFoundException.class)
        .hasMessageContaining("no WorkBridge tables");

    JdbcSyncStore.embedded(directory.resolve("made"), SyncStoreSettings.defaults()).close();
    try (JdbcSyncStore reopened = JdbcSyncStore.embedded(directory.resolve("made"), existing)) {
      assertThat(reopened.schemaVersion()).isEqualTo(SchemaMigrator.MIGRATIONS.size());
    }
  }

  @Test
  void open_migratesOnceAndRecordsTheVersion() {
    String url = "jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (JdbcSyncStore first = JdbcSyncStore.open(url, "", SyncStoreSettings.defaults())) {
      assertThat(first.schemaVersion()).isEqualTo(SchemaMigrator.MIGRATIONS.size());
    }
    try (JdbcSyncStore second = JdbcSyncStore.open(url, "", SyncStoreSettings.defaults())) {
      assertThat(second.schemaVersion()).isEqualTo(SchemaMigrator.MIGRATIONS.size());
      second.connection(ConnectionId.of("c")).heldLeads().hold("a-1", "{}");
      assertThat(second.connection(ConnectionId.of("c")).heldLeads().count()).isEqualTo(1);
    }
  }

  @Test
  void open_inASchema_keepsTablesApart() {
    String url = "jdbc:h2:mem:schemas;DB_CLOSE_DELAY=-1";
    try (JdbcSyncStore one = JdbcSyncStore.open(url, "instance_one", SyncStoreSettings.defaults());
        JdbcSyncStore two = JdbcSyncStore.open(url, "instance_two", SyncStoreSettings.defaults())) {
      one.connection(ConnectionId.of("c")).cursors().set("s", "1");

      assertThat(two.connection(ConnectionId.of("c")).cursors().get("s")).isEmpty();
      assertThat(one.connection(ConnectionId.of("c")).cursors().get("s")).contains("1");
    }
  }

  @Test
  void open_rejectsASchemaThatIsNotAnIdentifier() {
    assertThatThrownBy(() -> JdbcSyncStore.open("jdbc:h2:mem:x", "x; DROP TABLE y", SyncStoreSettings.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema");
  }

  @Test
  void provider_isFoundByNameAndOpensTheConfiguredDatabase() {
    SyncStoreProvider provider = SyncStoreProvider.named("jdbc");
    SyncStoreSettings settings =
        SyncStoreSettings.builder().putProperty("directory", directory.resolve("data").toString()).build();

    try (SyncStore store = provider.create(settings)) {
      store.connection(ConnectionId.of("c")).quarantine().add("sc.work-orders", "42", "missing Nte currency", "{}");
      assertThat(store.connection(ConnectionId.of("c")).quarantine().list()).hasSize(1);
    }
    assertThat(directory.resolve("data").resolve("workbridge.mv.db")).exists();
  }

  @Test
  void statements_splitsAScriptAndDropsComments() {
    assertThat(SchemaMigrator.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\n"))
        .isEqualTo(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)"));
  }
}
