/**
 * JSON types that API models may name publicly: {@link io.workbridge.client.json.OpenEnum}, an enum value
 * that keeps values the SDK does not know yet instead of failing.
 */
@NullMarked
package io.workbridge.client.json;

import org.jspecify.annotations.NullMarked;
