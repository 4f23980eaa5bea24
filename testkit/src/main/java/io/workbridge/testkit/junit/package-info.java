/**
 * JUnit 5 support: start the simulators per test on one simulated clock ({@link
 * io.workbridge.testkit.junit.Simulators}), and fail the test that caused a contract violation or simulator bug.
 */
@NullMarked
package io.workbridge.testkit.junit;

import org.jspecify.annotations.NullMarked;
