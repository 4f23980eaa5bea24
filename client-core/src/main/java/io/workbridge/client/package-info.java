/**
 * What users of the WorkBridge API clients touch: the unchecked exception hierarchy every call throws
 * ({@link io.workbridge.client.WorkBridgeException} and its subtypes, one shared {@link
 * io.workbridge.client.ConflictException} for 409), per-call {@link io.workbridge.client.RequestOptions}, paged
 * results ({@link io.workbridge.client.PageIterable}, {@link io.workbridge.client.Page}), call metrics ({@link
 * io.workbridge.client.ApiCall}, {@link io.workbridge.client.ApiCallListener}), the builder options {@link
 * io.workbridge.client.RetryPolicy}, {@link io.workbridge.client.RateLimiter} and {@link
 * io.workbridge.client.Sleeper}, {@link io.workbridge.client.Secret} for credentials, and the model helpers
 * {@link io.workbridge.client.OpenEnum} and {@link io.workbridge.client.RawJson}. Nothing here knows any one
 * remote system.
 *
 * <p>Two audiences, two packages: this package is for users of a client. The plumbing for authors of a
 * client — the builders' base class, client settings, paging styles, the HTTP stack, JSON setup and OAuth2
 * token sources — is in {@link io.workbridge.client.spi} and its sub-packages. The public signatures here
 * name no {@code spi} type, with one documented exception: {@link
 * io.workbridge.client.PageIterable#over(io.workbridge.client.spi.paging.PageSource)}, through which paging
 * styles make their iterables. Client builders inherit their common options from {@link
 * io.workbridge.client.spi.AbstractClientBuilder}.
 */
@NullMarked
package io.workbridge.client;

import org.jspecify.annotations.NullMarked;
