package io.workbridge.sync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.StoreNotFoundException;
import io.workbridge.sync.store.SyncStoreSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The exported schema script, run by a host's own tool, gives a store that opens with nothing created or
 * migrated and works; without it, such a store refuses to open.
 */
class SchemaScriptTest {

  @Test
  void theScriptRunByTheHost_makesAStoreThatOpensExistingOnly_andWorks() throws Exception {
    String url = "jdbc:h2:mem:schema-script-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    SyncStoreSettings existingOnly = SyncStoreSettings.builder().existingOnly(true).build();
    assertThatThrownBy(() -> JdbcSyncStore.open(dataSource, "hosted", existingOnly))
        .isInstanceOf(StoreNotFoundException.class);

    String script = JdbcSyncStore.schemaScript("hosted");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String sql : SchemaMigrator.statements(script)) {
        statement.execute(sql);
      }
    }

    try (JdbcSyncStore store = JdbcSyncStore.open(dataSource, "hosted", existingOnly)) {
      store.connection(ConnectionId.of("acme")).cursors().compareAndSet("sc.work-orders", null, "c1");
      assertThat(store.connection(ConnectionId.of("acme")).cursors().get("sc.work-orders")).isEqualTo(Optional.of("c1"));
    }
    assertThat(script).contains("CREATE SCHEMA IF NOT EXISTS hosted;").contains("INSERT INTO hosted.");
  }

  @Test
  void aSchemaNameThatIsNotAPlainIdentifier_isRefused() {
    assertThatThrownBy(() -> JdbcSyncStore.schemaScript("x; DROP TABLE y")).isInstanceOf(IllegalArgumentException.class);
  }
}
