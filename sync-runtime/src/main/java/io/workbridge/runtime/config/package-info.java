/**
 * WorkBridge's configuration: one model of immutable values ({@link io.workbridge.runtime.config.WorkBridgeConfig}
 * and its sections), built in Java with builders or read from one YAML file by {@link
 * io.workbridge.runtime.config.ConfigReader}, which validates the whole file at once and names every problem by
 * its key path. Credentials come from environment variables only. Nothing here depends on the command line.
 */
@NullMarked
@SyncStyle
package io.workbridge.runtime.config;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
