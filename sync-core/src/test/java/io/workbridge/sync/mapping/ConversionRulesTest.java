package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversionRulesTest {

  private static WorkOrder workOrder(long subscriber, String trade, String priority) {
    Instant at = Instant.parse("2026-03-02T12:00:00Z");
    return WorkOrder.builder()
        .id(1)
        .number("1")
        .subscriber(new Subscriber(subscriber, "S"))
        .location(WorkOrderLocation.builder().id(3).build())
        .status(WorkOrderStatus.OPEN)
        .trade(trade)
        .priority(priority)
        .createdAt(at)
        .updatedAt(at)
        .build();
  }

  @Test
  void targetFor_firstMatchingRuleWinsAndCriteriaIgnoreCase() {
    ConversionRules rules =
        ConversionRules.of(
            ConversionRule.builder().subscriberId(5L).priority("p1 - emergency").target(ConversionTarget.BOOKING).build(),
            ConversionRule.builder().subscriberId(5L).trade("HVAC").target(ConversionTarget.JOB).build());

    assertThat(rules.targetFor(workOrder(5, "hvac", "P1 - Emergency"))).isEqualTo(ConversionTarget.BOOKING);
    assertThat(rules.targetFor(workOrder(5, " HVAC ", "P3"))).isEqualTo(ConversionTarget.JOB);
    assertThat(rules.targetFor(workOrder(6, "HVAC", "P3"))).isEqualTo(ConversionTarget.BOOKING);
    assertThat(rules.match(workOrder(6, "HVAC", "P3"))).isEmpty();
  }

  @Test
  void matches_ruleWithCriterionDoesNotMatchWorkOrderLackingThatField() {
    ConversionRule rule = ConversionRule.builder().category("REPAIR").target(ConversionTarget.JOB).build();

    assertThat(rule.matches(workOrder(5, "HVAC", "P3"))).isFalse();
    assertThat(ConversionRules.none().targetFor(workOrder(5, "HVAC", "P3"))).isEqualTo(ConversionTarget.BOOKING);
  }

  @Test
  void matches_locationCriterion_onlyWorkOrdersAtThatStore() {
    ConversionRule rule = ConversionRule.builder().subscriberId(5L).locationId(3L).target(ConversionTarget.JOB).build();

    assertThat(rule.matches(workOrder(5, "HVAC", "P3"))).isTrue();
    assertThat(ConversionRule.builder().locationId(4L).target(ConversionTarget.JOB).build().matches(workOrder(5, "HVAC", "P3")))
        .isFalse();
  }
}
