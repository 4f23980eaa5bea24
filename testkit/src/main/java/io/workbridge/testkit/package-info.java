/**
 * The base for stateful simulators of the remote APIs WorkBridge talks to.
 *
 * <p>{@link io.workbridge.testkit.ApiSimulator} runs a MockWebServer whose dispatcher routes requests to
 * handlers and adds the cross-cutting behaviour every simulated system needs: OAuth token endpoints and
 * bearer validation ({@code oauth}), per-client rate limits ({@code ratelimit}), scheduled faults
 * ({@code fault}), a request journal ({@code journal}) and validation against the official API
 * descriptions ({@code contract}).
 */
@NullMarked
package io.workbridge.testkit;

import org.jspecify.annotations.NullMarked;
