/** WorkBridge's configuration file: typed, validated on load, credentials from environment variables. */
@NullMarked
package io.workbridge.runtime.config;

import org.jspecify.annotations.NullMarked;
