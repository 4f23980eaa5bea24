package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.store.CustomerLocation;
import java.util.Optional;
import java.util.function.Function;

/**
 * What becomes of a work order seen for the first time (SC-1, SC-3, SC-4, SC-5). Pure: it decides, the
 * workflow performs.
 *
 * <ul>
 *   <li><b>SC-3</b>: a work order created before the activation instant is ignored — decided by its creation
 *       time alone. A work order created after it is taken in whatever its status when first seen (accepted in
 *       the ServiceChannel portal before the next poll, or while the sync was down): it gets its booking, and
 *       the SC-6 path tells the booking it was accepted already.
 *   <li><b>SC-4, SC-5</b>: a rule designating it a job makes a job when the subscriber location's ServiceTitan
 *       customer and location are known; otherwise a booking, reported as a fallback.
 *   <li>A work order already completed or cancelled (primary status {@code COMPLETED}) when first seen is
 *       over: no booking is made for it, and the report says so.
 *   <li>Once an intake effect was started (a booking or a job reserved, perhaps by a process that crashed),
 *       the same kind is decided again whatever the rules or the clock say now, so a restart finishes what
 *       was begun instead of making a second record.
 * </ul>
 */
final class IntakeDecision {

  /** The decision. */
  sealed interface Decision {}

  /**
   * Not synced.
   *
   * @param reason why, for the report
   */
  record Skip(String reason) implements Decision {}

  /**
   * A booking.
   *
   * @param jobRuleWithoutMapping true when a rule wanted a job but the customer/location is unknown (SC-5)
   */
  record MakeBooking(boolean jobRuleWithoutMapping) implements Decision {}

  /**
   * A job.
   *
   * @param rule the rule that designated it (its job defaults)
   * @param customerLocation where in ServiceTitan
   */
  record MakeJob(ConversionRule rule, CustomerLocation customerLocation) implements Decision {}

  /** The skip reason of a work order completed or cancelled before the sync first saw it. */
  static final String ALREADY_CLOSED = "completed or cancelled before it was first seen";

  private IntakeDecision() {}

  /**
   * Decides the intake of a work order.
   *
   * @param workOrder the work order as first seen
   * @param settings the sync's settings (activation instant, conversion rules)
   * @param bookingStarted whether a booking effect was started before
   * @param jobStarted whether a job effect was started before
   * @param customerLocation the learnt or configured ServiceTitan customer/location of its subscriber location
   * @return what to do
   */
  static Decision decide(
      WorkOrder workOrder,
      WorkOrderSyncSettings settings,
      boolean bookingStarted,
      boolean jobStarted,
      Function<WorkOrder, Optional<CustomerLocation>> customerLocation) {
    if (!bookingStarted && !jobStarted) {
      if (workOrder.createdAt().isBefore(settings.activatedAt())) {
        return new Skip("created before activation (SC-3)");
      }
      if (workOrder.status().isCompleted()) {
        return new Skip(ALREADY_CLOSED);
      }
    }
    Optional<ConversionRule> rule = settings.conversionRules().match(workOrder);
    boolean jobWanted =
        jobStarted
            || (!bookingStarted && rule.map(r -> r.target() == ConversionTarget.JOB).orElse(false));
    if (!jobWanted) {
      return new MakeBooking(false);
    }
    Optional<CustomerLocation> where = customerLocation.apply(workOrder);
    if (where.isEmpty()) {
      return new MakeBooking(true);
    }
    ConversionRule jobRule =
        rule.filter(r -> r.target() == ConversionTarget.JOB)
            .orElseGet(() -> ConversionRule.builder().target(ConversionTarget.JOB).build());
    return new MakeJob(jobRule, where.get());
  }
}
