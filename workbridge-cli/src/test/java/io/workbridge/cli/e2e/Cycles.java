package io.workbridge.cli.e2e;

import io.workbridge.adapters.ServiceTitanFieldServicePlatform;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SyncReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The cycles a bridge ran until it had nothing left to do, with their reports. A cycle is quiet when no
 * stream performed an effect or stopped early; time passes between cycles as it would between polls.
 */
final class Cycles {
  /** More cycles than any scenario needs; reaching it means the sync does not converge. */
  static final int MAX_CYCLES = 25;

  /** The longest interval of a ServiceTitan export feed (invoices, by default). */
  private static final Duration LONGEST_FEED_INTERVAL =
      ServiceTitanFieldServicePlatform.DEFAULT_INVOICES_EVERY.plus(SimulatedWorld.TICK);

  private final List<Map<String, SyncReport>> reports;

  private Cycles(List<Map<String, SyncReport>> reports) {
    this.reports = List.copyOf(reports);
  }

  /**
   * Runs cycles of {@code bridge} until it settled: a quiet cycle, then, once every feed with an interval of
   * its own (ServiceTitan's notes, invoices) is due again, another quiet one. Fails when that takes more than
   * {@link #MAX_CYCLES}.
   */
  static Cycles untilQuiet(WorkBridge bridge, SimulatedWorld world) {
    return new Cycles(untilSettled(bridge::runOnce, Cycles::isQuiet, world));
  }

  /**
   * Runs rounds until two quiet ones in a row, the second once every feed with an interval is due again;
   * time passes between rounds as it would between polls.
   */
  static <R> List<R> untilSettled(Supplier<R> round, Predicate<R> isQuiet, SimulatedWorld world) {
    List<R> rounds = new ArrayList<>();
    boolean quietBefore = false;
    while (rounds.size() < MAX_CYCLES) {
      R result = round.get();
      rounds.add(result);
      boolean quiet = isQuiet.test(result);
      if (quiet && quietBefore) {
        world.tick();
        return rounds;
      }
      quietBefore = quiet;
      world.clock().advance(quiet ? LONGEST_FEED_INTERVAL : SimulatedWorld.TICK);
    }
    throw new AssertionError("not settled after " + MAX_CYCLES + " cycles; the last: " + rounds.get(rounds.size() - 1));
  }

  /** Opens a bridge, runs it until quiet and closes it: one short-lived process. */
  static Cycles untilQuiet(BridgeWiring wiring, SimulatedWorld world) {
    try (WorkBridge bridge = wiring.open()) {
      return untilQuiet(bridge, world);
    }
  }

  static boolean isQuiet(Map<String, SyncReport> cycle) {
    return cycle.values().stream()
        .allMatch(report -> report.totalPerformed() == 0 && report.completed() && report.deferred().isEmpty());
  }

  /** Every report of one stream ({@link WorkBridge#WORK_ORDERS} or {@link WorkBridge#LEADS}), in order. */
  List<SyncReport> of(String stream) {
    return reports.stream().map(cycle -> cycle.get(stream)).toList();
  }

  /** The reports of every stream and cycle. */
  Stream<SyncReport> all() {
    return reports.stream().flatMap(cycle -> cycle.values().stream());
  }

  /** How often each skip reason of a stream was counted, over all cycles. */
  Map<String, Integer> skippedByReason(String stream) {
    Map<String, Integer> total = new java.util.TreeMap<>();
    of(stream).forEach(report -> report.skippedByReason().forEach((reason, n) -> total.merge(reason, n, Integer::sum)));
    return total;
  }

  /** The fallbacks of every cycle (SC-13 notes instead of statuses, IVR notes). */
  List<SyncReport.Fallback> fallbacks() {
    return all().flatMap(report -> report.fallbacks().stream()).toList();
  }

  /** The records quarantined in any cycle. */
  List<SyncReport.Quarantined> quarantined() {
    return all().flatMap(report -> report.quarantined().stream()).toList();
  }

  /** How many effects of each type were performed, over all cycles and streams. */
  Map<EffectType, Integer> performed() {
    return performed(all());
  }

  /** How many effects of each type the reports performed together. */
  static Map<EffectType, Integer> performed(Stream<SyncReport> reports) {
    Map<EffectType, Integer> total = new EnumMap<>(EffectType.class);
    reports.forEach(report -> report.performed().forEach((type, n) -> total.merge(type, n, Integer::sum)));
    return total;
  }

  /** How many cycles ran. */
  int count() {
    return reports.size();
  }
}
