/**
 * Micrometer meters for a running {@link io.workbridge.runtime.WorkBridge} and its clients. Micrometer is an
 * optional dependency: add {@code io.micrometer:micrometer-core} to use this package.
 */
@NullMarked
package io.workbridge.runtime.metrics;

import org.jspecify.annotations.NullMarked;
