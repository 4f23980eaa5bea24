/**
 * Running WorkBridge: the {@link io.workbridge.runtime.WorkBridge} facade for embedding, the {@link
 * io.workbridge.runtime.SyncScheduler}, and (in sub-packages) configuration and the command line.
 */
@NullMarked
package io.workbridge.runtime;

import org.jspecify.annotations.NullMarked;
