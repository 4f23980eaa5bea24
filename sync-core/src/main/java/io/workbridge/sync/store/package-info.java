/**
 * The storage SPI of the sync: everything a workflow must remember between cycles and across restarts.
 *
 * <p>{@link io.workbridge.sync.store.SyncStore} is the entry point. Its state is partitioned by
 * {@link io.workbridge.sync.store.ConnectionId}: {@code store.connection(id)} returns a
 * {@link io.workbridge.sync.store.ConnectionStore}, a view that can only see and change that one
 * connection's state, split into parts — {@link io.workbridge.sync.store.LinkStore links},
 * {@link io.workbridge.sync.store.MappingStore learnt mappings},
 * {@link io.workbridge.sync.store.CursorStore cursors}, the {@link io.workbridge.sync.store.EffectLog
 * effect log}, the {@link io.workbridge.sync.store.NoteLedger note ledger}, the
 * {@link io.workbridge.sync.store.Quarantine quarantine} and {@link io.workbridge.sync.store.HeldLeads
 * held leads}.
 *
 * <p>All parts are synchronous, typed and thread-safe. Storage failures surface as the unchecked
 * {@link io.workbridge.sync.store.StoreException}; invalid arguments as {@link NullPointerException}
 * (null) or {@link IllegalArgumentException} (blank or too long). Methods added to these interfaces in
 * later versions get {@code default} bodies, so adapters written today keep compiling. Adapters prove
 * their conformance by subclassing {@code SyncStoreContract} from this module's test-jar, and are found
 * by name through {@link io.workbridge.sync.store.SyncStoreProvider}.
 */
@NullMarked
@SyncStyle
package io.workbridge.sync.store;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
