/**
 * The building blocks the WorkBridge API clients assemble their HTTP stack from: {@link
 * io.workbridge.client.spi.http.ApiRuntime}, operation and idempotency annotations for Retrofit interfaces, and
 * the error-parsing seam. For client authors: client modules and users writing a client of their own.
 */
@NullMarked
package io.workbridge.client.spi.http;

import org.jspecify.annotations.NullMarked;
