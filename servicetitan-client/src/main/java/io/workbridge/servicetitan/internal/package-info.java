/**
 * Implementation details of the ServiceTitan client: Retrofit interfaces, wire records, mapping and the
 * error parser. Not part of the public API.
 */
@NullMarked
package io.workbridge.servicetitan.internal;

import org.jspecify.annotations.NullMarked;
