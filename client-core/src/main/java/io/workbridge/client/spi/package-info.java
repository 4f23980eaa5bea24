/**
 * Plumbing for authors of a WorkBridge API client, not for its users: {@link
 * io.workbridge.client.spi.AbstractClientBuilder}, the base of every client builder with the common options
 * (base URL, timeouts, retries, rate limit, shared OkHttp client, clock, call listener), and {@link
 * io.workbridge.client.spi.ClientSettings}, what a builder hands its client. The sub-packages hold the rest:
 * {@link io.workbridge.client.spi.paging} (paging styles), {@link io.workbridge.client.spi.http} (the HTTP
 * stack), {@link io.workbridge.client.spi.json} (the Moshi setup) and {@link io.workbridge.client.spi.auth}
 * (OAuth2 token sources).
 *
 * <p>Users of a client need nothing from here beyond the builder options they call; what they see in a
 * public signature or catch is in {@link io.workbridge.client}. These types may name OkHttp, Retrofit and
 * Moshi types, which the user package never does.
 */
@NullMarked
package io.workbridge.client.spi;

import org.jspecify.annotations.NullMarked;
