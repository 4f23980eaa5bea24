/**
 * A durable {@link io.workbridge.sync.store.SyncStore} over JDBC: an embedded H2 file database by default
 * (nothing to install) and PostgreSQL for several WorkBridge instances sharing the work.
 */
@NullMarked
package io.workbridge.sync.jdbc;

import org.jspecify.annotations.NullMarked;
