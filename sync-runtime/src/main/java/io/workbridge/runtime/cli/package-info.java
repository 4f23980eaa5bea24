/** The {@code workbridge} command line (picocli). */
@NullMarked
package io.workbridge.runtime.cli;

import org.jspecify.annotations.NullMarked;
