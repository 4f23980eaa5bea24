/** A thread-safe journal of every request a simulator received, for assertions in tests. */
@NullMarked
package io.workbridge.testkit.journal;

import org.jspecify.annotations.NullMarked;
