/** JUnit 5 support: fail the test that caused a contract violation or simulator bug. */
@NullMarked
package io.workbridge.testkit.junit;

import org.jspecify.annotations.NullMarked;
