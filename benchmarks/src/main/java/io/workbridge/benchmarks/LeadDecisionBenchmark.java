package io.workbridge.benchmarks;

import io.workbridge.sync.mapping.ActionableFilter;
import io.workbridge.sync.mapping.JobTypeMapping;
import io.workbridge.sync.mapping.JobTypeResolution;
import io.workbridge.sync.mapping.LeadDropReason;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.model.Trade;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the per-alert lead decisions: the actionable filter (LD-2) and the job-type mapping
 * (LD-3 … LD-5) with a tenant table that pre-fills one standard job type and leaves another
 * ambiguous.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LeadDecisionBenchmark {
  /** The alert type resolved. */
  @Param({
    AlertType.WATER_DETECTED,
    AlertType.POOR_COOLING_PERFORMANCE,
    AlertType.SERVICE_REQUEST_EMERGENCY,
    "Filter Change Reminder"
  })
  public String alertType;

  private JobTypeMapping mapping;
  private ActionableFilter filter;
  private Lead lead;

  /** Builds the tables and the lead once per trial. */
  @Setup
  public void setUp() {
    mapping =
        JobTypeMapping.builder()
            .tenantJobType(Trade.HVAC, "Repair AC", 11, 21)
            .tenantJobType(Trade.HVAC, "Repair HVAC", 12, 21)
            .tenantJobType(Trade.HVAC, "Repair HVAC", 13, 22)
            .tenantJobType(Trade.PLUMBING, "Leak Detected", 14, 23)
            .build();
    filter = ActionableFilter.defaults();
    Instant now = Instant.parse("2026-01-01T09:00:00Z");
    lead =
        Lead.builder()
            .alertId("alert-1")
            .accountId("acct-1")
            .type(alertType)
            .severity(AlertSeverity.CRITICAL)
            .status("Open")
            .member(Party.named("Dana", "Lee").phone("(512) 555-0100").build())
            .submittedAt(now)
            .updatedAt(now)
            .build();
  }

  /** LD-3/4/5: alert type and trade to what the booking is pre-filled with. */
  @Benchmark
  public JobTypeResolution resolveJobType() {
    return mapping.resolve(alertType, Trade.HVAC);
  }

  /** LD-2: whether the alert is passed through, and why not. */
  @Benchmark
  public Optional<LeadDropReason> filterAlert() {
    return filter.dropReason(lead);
  }
}
