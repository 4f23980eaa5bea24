package io.workbridge.examples.customstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.CustomerLocation;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.NoteDirection;
import io.workbridge.sync.store.NoteRecord;
import io.workbridge.sync.store.StoreException;
import io.workbridge.sync.store.SubscriberLocation;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.SyncStoreSettings;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file adds to the contract: state survives a reopen, and the file is read safely. */
class FileSyncStoreTest {
  private static final ConnectionId ACME = ConnectionId.of("acme-hvac");

  @TempDir Path directory;

  @Test
  void reopened_seesEveryPartAsLeft() {
    Path file = directory.resolve("nested/state.bin");
    try (SyncStore store = FileSyncStore.open(file, SyncStoreSettings.defaults())) {
      ConnectionStore acme = store.connection(ACME);
      acme.cursors().set("sc.work-orders", "c1");
      acme.links().link(LinkKind.WORK_ORDER_BOOKING, "2147400001", "1001");
      acme.mappings().learn(SubscriberLocation.of("2014917243", "2006516537"), CustomerLocation.of("7", "8"));
      acme.effects().reserve("booking:2147400001");
      acme.effects().confirm("booking:2147400001", "1001");
      acme.effects().reserve("note:2147400002");
      acme.notes().record(note());
      acme.quarantine().add("sc.work-orders", "2147400003", "no location", "{}");
      acme.heldLeads().hold("alert-1", "{\"id\":\"alert-1\"}");
    }

    try (SyncStore store = FileSyncStore.open(file, SyncStoreSettings.defaults())) {
      ConnectionStore acme = store.connection(ACME);
      assertThat(acme.cursors().get("sc.work-orders")).contains("c1");
      assertThat(acme.links().source(LinkKind.WORK_ORDER_BOOKING, "1001")).contains("2147400001");
      assertThat(acme.mappings().get(SubscriberLocation.of("2014917243", "2006516537")))
          .contains(CustomerLocation.of("7", "8"));
      assertThat(acme.effects().result("booking:2147400001")).contains("1001");
      assertThat(acme.effects().reserve("note:2147400002")).as("a reservation survives the restart").isFalse();
      assertThat(acme.notes().isCopied(NoteDirection.SC_TO_ST, "sc-n1", "h1")).isTrue();
      assertThat(acme.quarantine().find("sc.work-orders", "2147400003")).isPresent();
      assertThat(acme.heldLeads().count()).isEqualTo(1);
      assertThat(acme.heldLeads().hold("alert-2", "{}")).isTrue();
      assertThat(acme.heldLeads().list().get(1).sequence()).isGreaterThan(acme.heldLeads().list().get(0).sequence());
    }
  }

  @Test
  void closed_refusesCalls() {
    SyncStore store = FileSyncStore.open(directory.resolve("state.bin"), SyncStoreSettings.defaults());
    ConnectionStore acme = store.connection(ACME);
    store.close();

    assertThatThrownBy(() -> acme.cursors().get("sc.work-orders"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void fileHoldingOtherClasses_isRefusedUnread() throws Exception {
    Path file = directory.resolve("state.bin");
    try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
      out.writeObject(new HashMap<>(Map.of("acme-hvac", URI.create("http://example.com/").toURL())));
    }

    assertThatThrownBy(() -> FileSyncStore.open(file, SyncStoreSettings.defaults()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot read the store file");
  }

  @Test
  void provider_isFoundByNameAndOpensTheFileFromItsProperty() {
    Path file = directory.resolve("by-name.bin");
    SyncStoreSettings settings =
        SyncStoreSettings.builder().putAllProperties(Map.of(FileSyncStoreProvider.FILE_PROPERTY, file.toString())).build();

    try (SyncStore store = SyncStoreProvider.named(FileSyncStoreProvider.NAME).create(settings)) {
      store.connection(ACME).cursors().set("st.work-order-events", "token-1");
    }

    assertThat(file).exists();
    assertThatThrownBy(() -> new FileSyncStoreProvider().create(SyncStoreSettings.defaults()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("'file'");
  }

  private static NoteRecord note() {
    return NoteRecord.builder()
        .direction(NoteDirection.SC_TO_ST)
        .threadId("2147400001")
        .sourceNoteId("sc-n1")
        .contentHash("h1")
        .build();
  }
}
