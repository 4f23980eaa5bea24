/**
 * Schema-driven response fuzzing: answers generated from the official API descriptions alone, decoded
 * through a client's real HTTP path.
 *
 * <p>{@link io.workbridge.testkit.fuzz.ResponseCases} turns one operation's response schema into a seeded
 * list of documents (required fields only, every optional field, each optional field absent in turn, each
 * nullable field null in turn, every enum value, integer extremes, date-times with 0–7 fraction digits
 * with and without offsets, empty lists, unknown extra fields, and random documents);
 * {@link io.workbridge.testkit.fuzz.ResponseFuzzer} serves them to a client, one call per case, and
 * reports every case the client failed to decode that no documented
 * {@link io.workbridge.testkit.fuzz.Deviation} explains.
 */
@NullMarked
package io.workbridge.testkit.fuzz;

import org.jspecify.annotations.NullMarked;
