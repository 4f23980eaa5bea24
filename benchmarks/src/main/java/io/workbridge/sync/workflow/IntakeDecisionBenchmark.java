package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.store.CustomerLocation;
import java.time.Instant;
import java.time.ZoneId;
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
 * The cost of one {@link IntakeDecision} (SC-1, SC-3 … SC-5): what becomes of a work order seen for the first
 * time, with two conversion rules, one of which designates HVAC work orders of one subscriber as jobs. In
 * sync-core's package because the decision is internal to the workflow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IntakeDecisionBenchmark {
  private static final Instant ACTIVATED = Instant.parse("2026-03-01T00:00:00Z");

  /**
   * Which work order: {@code BOOKING} (no rule applies), {@code JOB} (the job rule applies, the location is
   * known), {@code BEFORE_ACTIVATION} (created before activation, SC-3), {@code JOB_WITHOUT_MAPPING} (the job
   * rule applies, the location is unknown: a booking, SC-5).
   */
  @Param({"BOOKING", "JOB", "BEFORE_ACTIVATION", "JOB_WITHOUT_MAPPING"})
  public String workOrder;

  private WorkOrderSyncSettings settings;
  private WorkOrder subject;
  private Optional<CustomerLocation> location;

  /** Builds the settings and the work order once per trial. */
  @Setup
  public void setUp() {
    ConversionRule plumbingAsBooking =
        ConversionRule.builder().subscriberId(2_014_917_443L).trade("plumbing").target(ConversionTarget.BOOKING).build();
    ConversionRule hvacAsJob =
        ConversionRule.builder()
            .subscriberId(2_014_917_442L)
            .trade("hvac")
            .target(ConversionTarget.JOB)
            .businessUnitId(7L)
            .jobTypeId(8L)
            .campaignId(9L)
            .build();
    settings =
        WorkOrderSyncSettings.builder()
            .companyName("Cool Air HVAC")
            .activatedAt(ACTIVATED)
            .conversionRules(ConversionRules.of(plumbingAsBooking, hvacAsJob))
            .build();
    boolean hvac = !workOrder.equals("BOOKING");
    Instant created = workOrder.equals("BEFORE_ACTIVATION") ? ACTIVATED.minusSeconds(60) : ACTIVATED.plusSeconds(60);
    subject = workOrder(hvac ? "HVAC" : "ELECTRICAL", created);
    location =
        workOrder.equals("JOB_WITHOUT_MAPPING") ? Optional.empty() : Optional.of(CustomerLocation.of("4101", "4102"));
  }

  /** One decision, for a work order never started before. */
  @Benchmark
  public IntakeDecision.Decision decide() {
    return IntakeDecision.decide(subject, settings, false, false, ignored -> location);
  }

  private static WorkOrder workOrder(String trade, Instant created) {
    return WorkOrder.builder()
        .id(301_000_001L)
        .number("301000001")
        .purchaseNumber("PO-301000001")
        .subscriber(new Subscriber(2_014_917_442L, "Acme Stores"))
        .location(
            WorkOrderLocation.builder()
                .id(2_005_530_999L)
                .storeId("0024")
                .name("Acme #24")
                .address(Address.builder().street("12 Main St").city("Dallas").state("TX").zip("75001").build())
                .timeZone(ZoneId.of("America/Chicago"))
                .build())
        .status(WorkOrderStatus.OPEN)
        .trade(trade)
        .category("REPAIR")
        .priority("P2 - Urgent")
        .description("Rooftop unit not cooling")
        .nte(Money.of("750.00", "USD"))
        .createdAt(created)
        .updatedAt(created)
        .build();
  }
}
