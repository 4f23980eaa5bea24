package io.workbridge.demo;

import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SyncReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sync said it did, over every cycle of the demo: effects performed by type, records skipped by
 * reason, fallbacks, quarantined records and cycles that stopped early. The report prefers the simulated
 * systems' state; this log supplies what only the sync knows (why an alert was dropped, a fallback taken).
 */
final class SyncLog {
  private final Map<EffectType, Integer> performed = new EnumMap<>(EffectType.class);
  private final Map<String, Set<String>> skippedByReason = new LinkedHashMap<>();
  private final List<SyncReport.Fallback> fallbacks = new ArrayList<>();
  private final List<SyncReport.Quarantined> quarantined = new ArrayList<>();
  private final List<String> stoppedEarly = new ArrayList<>();
  private int cycles;

  /** Adds the reports of one {@code runOnce()} (one cycle of every stream). */
  void add(Map<String, SyncReport> reports) {
    cycles++;
    reports.forEach(
        (stream, report) -> {
          report.performed().forEach((type, count) -> performed.merge(type, count, Integer::sum));
          report.skipped()
              .forEach(skip -> skippedByReason.computeIfAbsent(skip.reason(), reason -> new LinkedHashSet<>()).add(skip.recordKey()));
          fallbacks.addAll(report.fallbacks());
          quarantined.addAll(report.quarantined());
          report.stoppedBecause().ifPresent(reason -> stoppedEarly.add(stream + ": " + reason));
        });
  }

  /** How many cycles ran. */
  int cycles() {
    return cycles;
  }

  /** Effects performed, by type. */
  Map<EffectType, Integer> performed() {
    return Collections.unmodifiableMap(performed);
  }

  /** All effects performed. */
  int totalPerformed() {
    return performed.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The distinct records skipped for a reason, e.g. {@code alert:al-000003} for {@code lead.type-not-actionable}. */
  Set<String> skipped(String reason) {
    return skippedByReason.getOrDefault(reason, Set.of());
  }

  /** The fallbacks of a kind, by record key (e.g. {@code workorder:2147400001}). */
  List<String> fallbacks(FallbackKind kind) {
    return fallbacks.stream().filter(fallback -> fallback.kind() == kind).map(SyncReport.Fallback::recordKey).toList();
  }

  /** The records quarantined. */
  List<SyncReport.Quarantined> quarantined() {
    return Collections.unmodifiableList(quarantined);
  }

  /** The cycles that stopped before their end, with the reason. */
  List<String> stoppedEarly() {
    return Collections.unmodifiableList(stoppedEarly);
  }
}
