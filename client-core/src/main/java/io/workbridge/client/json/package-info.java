/**
 * JSON support for WorkBridge API models and clients: {@link io.workbridge.client.json.OpenEnum}, an enum
 * value that keeps values the SDK does not know yet instead of failing, and the Moshi setup every client
 * builds on ({@link io.workbridge.client.json.JsonSupport}: the Immutables bridge, lenient date-times,
 * exact decimals from numbers or strings, {@code Optional} fields, tolerant enums) with the translation of
 * parser failures into {@link io.workbridge.client.InvalidResponseException}.
 */
@NullMarked
package io.workbridge.client.json;

import org.jspecify.annotations.NullMarked;
