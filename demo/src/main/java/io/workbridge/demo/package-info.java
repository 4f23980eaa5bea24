/**
 * {@code workbridge demo}: the three simulated systems on loopback, the real sync over an embedded H2 store,
 * the people in ServiceTitan and ServiceChannel played between cycles, a report counted from the simulated
 * systems and a verdict that checks them against the specification.
 */
@NullMarked
package io.workbridge.demo;

import org.jspecify.annotations.NullMarked;
