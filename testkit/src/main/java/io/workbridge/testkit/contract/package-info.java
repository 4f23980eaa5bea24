/**
 * Validation of simulated requests against the vendors' official OpenAPI / Swagger descriptions, so that
 * a request the real API would reject fails the test.
 */
@NullMarked
package io.workbridge.testkit.contract;

import org.jspecify.annotations.NullMarked;
