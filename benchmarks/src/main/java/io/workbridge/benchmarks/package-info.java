/**
 * JMH micro-benchmarks of the sync's decisions: status translation per ServiceTitan event type,
 * alert filtering and job-type mapping, customer matching, and the storage protocol of one effect.
 * Run them from {@code benchmarks.jar} as described in {@code BENCHMARKS.md}; the build only compiles
 * them.
 */
package io.workbridge.benchmarks;
