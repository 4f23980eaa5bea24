/**
 * Status translation from ServiceTitan to ServiceChannel: {@link
 * io.workbridge.sync.status.StatusMapping} holds the default tables of SC-7…SC-12 and SC-20 with
 * per-subscriber overrides (SC-14, SC-21); {@link io.workbridge.sync.status.StatusTranslator} turns one
 * ServiceTitan event into the ServiceChannel actions to take, including the SC-13 fallback.
 */
@NullMarked
@SyncStyle
package io.workbridge.sync.status;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
