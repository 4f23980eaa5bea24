/**
 * The plumbing every WorkBridge API client shares: the exception hierarchy, {@link
 * io.workbridge.client.Secret}, OAuth2 token sources, retry and rate-limit policies, pagination and the
 * common client configuration. Nothing here knows any one remote system.
 */
@NullMarked
package io.workbridge.client;

import org.jspecify.annotations.NullMarked;
