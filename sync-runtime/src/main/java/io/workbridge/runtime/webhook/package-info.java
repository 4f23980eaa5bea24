/**
 * Webhook endpoints on an embedded HTTP server (the JDK's {@code com.sun.net.httpserver}): ServiceChannel
 * deliveries verified by their {@code Sign-Data} header, the leads vendor's by {@code X-Alert-Signature}.
 * A verified delivery triggers an immediate sync of its stream; the delivery itself is only a doorbell — the
 * stream's feed is read as on any poll, so polling stays the backstop and a lost delivery loses nothing.
 */
@NullMarked
package io.workbridge.runtime.webhook;

import org.jspecify.annotations.NullMarked;
