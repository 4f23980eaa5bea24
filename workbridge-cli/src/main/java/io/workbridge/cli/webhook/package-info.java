/**
 * Webhook endpoints on an embedded HTTP server (the JDK's {@code com.sun.net.httpserver}): ServiceChannel
 * deliveries verified by their {@code Sign-Data} header, the leads vendor's by {@code X-Alert-Signature}.
 * A verified delivery triggers an immediate sync of its stream; the delivery itself is only a doorbell — the
 * stream's feed is read as on any poll, so polling stays the backstop and a lost delivery loses nothing.
 * The server is bounded against hostile clients: a fixed worker pool with a bounded queue, header and body
 * deadlines, a configurable bind address, rate-limited refusal logging, and identical ServiceChannel
 * deliveries acknowledged once within a replay window (see {@link io.workbridge.cli.webhook.WebhookServer}).
 */
@NullMarked
package io.workbridge.cli.webhook;

import org.jspecify.annotations.NullMarked;
