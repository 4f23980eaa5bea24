/**
 * A stateful simulator of the leads vendor's partner alerts API (contract v1), with seeded realistic data,
 * an alert lifecycle that evolves over simulated time, and signed webhook pushes.
 */
@NullMarked
package io.workbridge.testkit.leads;

import org.jspecify.annotations.NullMarked;
