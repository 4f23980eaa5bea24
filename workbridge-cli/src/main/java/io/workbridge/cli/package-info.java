/** The {@code workbridge} command line (picocli). */
@NullMarked
package io.workbridge.cli;

import org.jspecify.annotations.NullMarked;
