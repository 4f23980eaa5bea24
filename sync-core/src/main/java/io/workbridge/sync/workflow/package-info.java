/**
 * The sync workflows ({@link io.workbridge.sync.workflow.WorkOrderSync} and {@link
 * io.workbridge.sync.workflow.LeadSync}) and what a cycle reports
 * ({@link io.workbridge.sync.workflow.SyncReport}). A cycle reads changes since the stored cursor,
 * decides, reserves each effect in the store's effect log, performs it through a port, confirms it,
 * and only then advances the cursor: it can be stopped and restarted anywhere without duplicate or
 * lost effects.
 */
@NullMarked
@SyncStyle
package io.workbridge.sync.workflow;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
