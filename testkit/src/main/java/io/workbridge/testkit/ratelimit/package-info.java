/** Fixed-window request limits per client, tenant or company, answering 429 with {@code Retry-After}. */
@NullMarked
package io.workbridge.testkit.ratelimit;

import org.jspecify.annotations.NullMarked;
