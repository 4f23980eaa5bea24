/** Retrofit interfaces, wire DTOs and mapping; not part of the public API. */
@org.jspecify.annotations.NullMarked
package io.workbridge.servicechannel.internal;
