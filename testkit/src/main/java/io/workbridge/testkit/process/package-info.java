/** Child JVMs for tests and simulations that run a program as a real process and kill it. */
@NullMarked
package io.workbridge.testkit.process;

import org.jspecify.annotations.NullMarked;
