/**
 * JSON support shared by the WorkBridge API clients: the Moshi setup ({@link
 * io.workbridge.client.internal.json.JsonSupport}), the Immutables bridge, lenient date-time, decimal,
 * {@code Optional} and enum adapters, and the translation of parser failures into {@link
 * io.workbridge.client.InvalidResponseException}. Not public API.
 */
@NullMarked
package io.workbridge.client.internal.json;

import org.jspecify.annotations.NullMarked;
