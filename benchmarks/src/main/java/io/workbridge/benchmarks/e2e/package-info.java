/**
 * The end-to-end back-fill harness: the real clients, sync-adapters adapters, {@code WorkOrderSync} and
 * the embedded H2 {@code JdbcSyncStore} against the ServiceTitan and ServiceChannel simulators, with a
 * response latency and the APIs' rate limits on both sides. It measures wall time against the rate-limit
 * floor, API calls per work-order lifecycle, calls per idle cycle and heap after the sync, and prints a
 * Markdown report ({@link io.workbridge.benchmarks.e2e.BackfillHarness}). {@link
 * io.workbridge.benchmarks.e2e.ClusterSimulation} runs many connections on several command-line processes over one
 * PostgreSQL database, one of them killed mid-run.
 */
package io.workbridge.benchmarks.e2e;
