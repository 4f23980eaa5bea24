/**
 * The Moshi setup every client builds on, for client authors: {@link io.workbridge.client.spi.json.JsonSupport}
 * (the Immutables bridge, lenient date-times, exact decimals from numbers or strings, {@code Optional} fields,
 * tolerant enums and {@link io.workbridge.client.OpenEnum} values) with the translation of parser failures into
 * {@link io.workbridge.client.InvalidResponseException}, and {@link io.workbridge.client.spi.json.Decoded} for
 * decoding list items one by one.
 */
@NullMarked
package io.workbridge.client.spi.json;

import org.jspecify.annotations.NullMarked;
