package io.workbridge.sync.workflow;

import io.workbridge.sync.status.FallbackKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one workflow cycle did: effects performed per type, effects found already done (deduplicated
 * or healed after a restart), records skipped with their reasons, fallbacks taken, records
 * quarantined, records deferred for a later attempt, and whether the cycle ran to the end. Immutable; built
 * with a {@link Recorder}.
 */
public final class SyncReport {

  /**
   * A record the cycle deliberately left alone.
   *
   * @param recordKey the record, e.g. {@code "workorder:123"}
   * @param reason why, e.g. {@code "created before activation"}
   */
  public record Skipped(String recordKey, String reason) {
    /**
     * Checks both parts are present.
     *
     * @param recordKey the record, e.g. {@code "workorder:123"}
     * @param reason why, e.g. {@code "created before activation"}
     */
    public Skipped {
      Objects.requireNonNull(recordKey, "recordKey");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A fallback the cycle took instead of the direct effect.
   *
   * @param recordKey the record, e.g. {@code "workorder:123"}
   * @param kind which fallback
   * @param message details for the integrator
   */
  public record Fallback(String recordKey, FallbackKind kind, String message) {
    /**
     * Checks all parts are present.
     *
     * @param recordKey the record, e.g. {@code "workorder:123"}
     * @param kind which fallback
     * @param message details for the integrator
     */
    public Fallback {
      Objects.requireNonNull(recordKey, "recordKey");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * A record put aside because it could not be handled.
   *
   * @param recordKey the record
   * @param reason a specific reason
   */
  public record Quarantined(String recordKey, String reason) {
    /**
     * Checks both parts are present.
     *
     * @param recordKey the record
     * @param reason a specific reason
     */
    public Quarantined {
      Objects.requireNonNull(recordKey, "recordKey");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A record whose handling failed transiently: the stream went on without it, and it is tried again
   * once its backoff has passed.
   *
   * @param recordKey the record
   * @param reason why the attempt failed
   * @param attempts how many attempts have failed so far
   */
  public record Deferred(String recordKey, String reason, int attempts) {
    /**
     * Checks both parts are present.
     *
     * @param recordKey the record
     * @param reason why the attempt failed
     * @param attempts how many attempts have failed so far
     */
    public Deferred {
      Objects.requireNonNull(recordKey, "recordKey");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final Map<EffectType, Integer> performed;
  private final Map<EffectType, Integer> alreadyDone;
  private final List<Skipped> skipped;
  private final List<Fallback> fallbacks;
  private final List<Quarantined> quarantined;
  private final List<Deferred> deferred;
  private final Optional<String> stoppedBecause;
  private final Map<LeadCount, Integer> leadCounts;

  private SyncReport(Recorder recorder) {
    this.performed = Collections.unmodifiableMap(new EnumMap<>(recorder.performed));
    this.alreadyDone = Collections.unmodifiableMap(new EnumMap<>(recorder.alreadyDone));
    this.skipped = List.copyOf(recorder.skipped);
    this.fallbacks = List.copyOf(recorder.fallbacks);
    this.quarantined = List.copyOf(recorder.quarantined);
    this.deferred = List.copyOf(recorder.deferred);
    this.stoppedBecause = Optional.ofNullable(recorder.stoppedBecause);
    this.leadCounts = Collections.unmodifiableMap(new EnumMap<>(recorder.leadCounts));
  }

  /**
   * Starts recording a cycle.
   *
   * @return a recorder for the cycle
   */
  public static Recorder recorder() {
    return new Recorder();
  }

  /** {@return effects performed in this cycle, per type (types with none are absent)} */
  public Map<EffectType, Integer> performed() {
    return performed;
  }

  /**
   * How many effects of one type were performed.
   *
   * @param type the effect type
   * @return the count, 0 when none
   */
  public int performed(EffectType type) {
    return performed.getOrDefault(type, 0);
  }

  /** {@return effects found already done (confirmed earlier, or found on the remote after a restart)} */
  public Map<EffectType, Integer> alreadyDone() {
    return alreadyDone;
  }

  /**
   * How many effects of one type were found already done.
   *
   * @param type the effect type
   * @return the count, 0 when none
   */
  public int alreadyDone(EffectType type) {
    return alreadyDone.getOrDefault(type, 0);
  }

  /**
   * Records left alone, with reasons.
   *
   * @return the records left alone
   */
  public List<Skipped> skipped() {
    return skipped;
  }

  /** {@return how many records were skipped per reason, in first-seen order} */
  public Map<String, Integer> skippedByReason() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Skipped skip : skipped) {
      counts.merge(skip.reason(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** {@return fallbacks taken} */
  public List<Fallback> fallbacks() {
    return fallbacks;
  }

  /**
   * Records quarantined.
   *
   * @return the quarantined records
   */
  public List<Quarantined> quarantined() {
    return quarantined;
  }

  /** {@return records deferred after a transient failure of their own, to be tried again later} */
  public List<Deferred> deferred() {
    return deferred;
  }

  /** {@return why the cycle stopped early (a transient failure), or empty when it ran to the end} */
  public Optional<String> stoppedBecause() {
    return stoppedBecause;
  }

  /** {@return whether the cycle ran to the end} */
  public boolean completed() {
    return stoppedBecause.isEmpty();
  }

  /** {@return the leads counters of this cycle (counters at zero are absent)} */
  public Map<LeadCount, Integer> leadCounts() {
    return leadCounts;
  }

  /**
   * One leads counter.
   *
   * @param count which counter
   * @return its value, 0 when nothing was counted
   */
  public int leadCount(LeadCount count) {
    return leadCounts.getOrDefault(count, 0);
  }

  /** {@return total effects performed} */
  public int totalPerformed() {
    return performed.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public String toString() {
    return "SyncReport{performed="
        + performed
        + ", alreadyDone="
        + alreadyDone
        + ", skipped="
        + skippedByReason()
        + ", fallbacks="
        + fallbacks.size()
        + ", quarantined="
        + quarantined.size()
        + (deferred.isEmpty() ? "" : ", deferred=" + deferred.size())
        + (leadCounts.isEmpty() ? "" : ", leads=" + leadCounts)
        + stoppedBecause.map(reason -> ", stoppedBecause=" + reason).orElse("")
        + "}";
  }

  /** Collects what a cycle does; thread-safe (a cycle's workers record into one recorder). */
  public static final class Recorder {
    private final Map<EffectType, Integer> performed = new EnumMap<>(EffectType.class);
    private final Map<EffectType, Integer> alreadyDone = new EnumMap<>(EffectType.class);
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Fallback> fallbacks = new ArrayList<>();
    private final List<Quarantined> quarantined = new ArrayList<>();
    private final List<Deferred> deferred = new ArrayList<>();
    private @Nullable String stoppedBecause;
    private final Map<LeadCount, Integer> leadCounts = new EnumMap<>(LeadCount.class);

    private Recorder() {}

    /**
     * Counts a performed effect.
     *
     * @param type the effect type
     */
    public synchronized void performed(EffectType type) {
      performed.merge(type, 1, Integer::sum);
    }

    /**
     * Counts an effect found already done.
     *
     * @param type the effect type
     */
    public synchronized void alreadyDone(EffectType type) {
      alreadyDone.merge(type, 1, Integer::sum);
    }

    /**
     * Records a skipped record.
     *
     * @param recordKey the record
     * @param reason why
     */
    public synchronized void skipped(String recordKey, String reason) {
      skipped.add(new Skipped(recordKey, reason));
    }

    /**
     * Records a fallback.
     *
     * @param recordKey the record
     * @param kind which fallback
     * @param message details
     */
    public synchronized void fallback(String recordKey, FallbackKind kind, String message) {
      fallbacks.add(new Fallback(recordKey, kind, message));
    }

    /**
     * Records a quarantined record.
     *
     * @param recordKey the record
     * @param reason why
     */
    public synchronized void quarantined(String recordKey, String reason) {
      quarantined.add(new Quarantined(recordKey, reason));
    }

    /**
     * Records a record deferred after a transient failure.
     *
     * @param recordKey the record
     * @param reason why the attempt failed
     * @param attempts how many attempts have failed so far
     */
    public synchronized void deferred(String recordKey, String reason, int attempts) {
      deferred.add(new Deferred(recordKey, reason, attempts));
    }

    /**
     * Marks the cycle as stopped early (several reasons are joined).
     *
     * @param reason why
     */
    public synchronized void stopped(String reason) {
      Objects.requireNonNull(reason, "reason");
      this.stoppedBecause = stoppedBecause == null ? reason : stoppedBecause + "; " + reason;
    }

    /**
     * Adds one to a leads counter.
     *
     * @param count which counter
     */
    public synchronized void lead(LeadCount count) {
      leadCounts.merge(count, 1, Integer::sum);
    }

    /** {@return the report so far} */
    public synchronized SyncReport build() {
      return new SyncReport(this);
    }
  }
}
