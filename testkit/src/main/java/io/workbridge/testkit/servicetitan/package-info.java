/**
 * A stateful ServiceTitan tenant in memory ({@link io.workbridge.testkit.servicetitan.ServiceTitanSimulator}):
 * client-credentials tokens, {@code ST-App-Key}, the 60 requests/s limit, RFC 7807 errors, paged lists and
 * export feeds, and the booking and job lifecycles, with helpers that act as the people working in
 * ServiceTitan.
 */
@NullMarked
package io.workbridge.testkit.servicetitan;

import org.jspecify.annotations.NullMarked;
