/**
 * What the workflows need from the outside world, one interface per system: {@link
 * io.workbridge.sync.port.WorkOrderPlatform} (ServiceChannel) and {@link
 * io.workbridge.sync.port.FieldServicePlatform} (ServiceTitan) and {@link
 * io.workbridge.sync.port.LeadFeed} (the leads vendor). Implemented by adapters over the
 * real clients, and in tests by in-memory fakes.
 */
@NullMarked
@SyncStyle
package io.workbridge.sync.port;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
