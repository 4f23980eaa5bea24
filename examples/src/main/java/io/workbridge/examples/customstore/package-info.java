/**
 * A custom storage adapter: {@link io.workbridge.examples.customstore.FileSyncStore} implements sync-core's
 * {@link io.workbridge.sync.store.SyncStore} SPI over one local file, passes the SPI's conformance suite
 * ({@code SyncStoreContract}) and is found by name through {@link
 * io.workbridge.examples.customstore.FileSyncStoreProvider}. {@code CustomStoreSync} runs the work-order
 * sync on it.
 */
package io.workbridge.examples.customstore;
