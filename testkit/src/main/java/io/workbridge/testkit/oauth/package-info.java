/**
 * Simulated OAuth 2.0 authorization server: token endpoint for the client-credentials, password and
 * refresh-token grants, expiring tokens and bearer validation.
 */
@NullMarked
package io.workbridge.testkit.oauth;

import org.jspecify.annotations.NullMarked;
