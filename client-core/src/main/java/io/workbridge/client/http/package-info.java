/**
 * The building blocks the WorkBridge API clients assemble their HTTP stack from: {@link
 * io.workbridge.client.http.ApiRuntime}, operation and idempotency annotations for Retrofit interfaces, and
 * the error-parsing seam. Meant for client modules and for users writing a client of their own.
 */
@NullMarked
package io.workbridge.client.http;

import org.jspecify.annotations.NullMarked;
