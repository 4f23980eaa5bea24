package io.workbridge.sync.mapping;

import io.workbridge.sync.model.WorkOrder;
import java.util.List;
import java.util.Optional;

/**
 * The ordered auto-conversion rules (SC-4): the first rule that matches a work order decides; with no
 * match, the work order becomes a booking.
 *
 * @param rules the rules, first match wins
 */
public record ConversionRules(List<ConversionRule> rules) {

  /**
   * Copies the list.
   *
   * @param rules the rules, first match wins
   */
  public ConversionRules {
    rules = List.copyOf(rules);
  }

  /** {@return no rules: every work order becomes a booking} */
  public static ConversionRules none() {
    return new ConversionRules(List.of());
  }

  /**
   * Rules in order.
   *
   * @param rules first match wins
   * @return the rules
   */
  public static ConversionRules of(ConversionRule... rules) {
    return new ConversionRules(List.of(rules));
  }

  /**
   * The first rule matching the work order.
   *
   * @param workOrder the work order
   * @return the rule, or empty (booking)
   */
  public Optional<ConversionRule> match(WorkOrder workOrder) {
    return rules.stream().filter(rule -> rule.matches(workOrder)).findFirst();
  }

  /**
   * What the work order becomes by the rules alone (before checking the entity mapping).
   *
   * @param workOrder the work order
   * @return the target
   */
  public ConversionTarget targetFor(WorkOrder workOrder) {
    return match(workOrder).map(ConversionRule::target).orElse(ConversionTarget.BOOKING);
  }
}
