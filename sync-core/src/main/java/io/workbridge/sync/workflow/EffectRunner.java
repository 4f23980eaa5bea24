package io.workbridge.sync.workflow;

import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.EffectRecord;
import io.workbridge.sync.store.EffectState;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs one remote effect at most once: reserve its key in the effect log, look the effect up on the
 * remote when it may already have happened, perform it only if it is not there, and confirm it with its
 * result. Used by the workflows for every remote write.
 *
 * <ul>
 *   <li>Already confirmed: nothing is done; the recorded result is returned.
 *   <li>First attempt (no earlier entry in the log): performed without a lookup — nothing can have
 *       happened yet. An entry left uncertain by an earlier attempt, or taken over from a process that died
 *       holding it, is looked up first ({@link io.workbridge.sync.store.EffectRecord#mayHaveHappened()}).
 *       {@link #runChecked} looks up on every attempt, for effects whose lookup is also a precondition.
 *   <li>Reserved by someone else under a live lease: {@link EffectInFlightException} stops the stream
 *       (its cursor must not move past an effect that may not happen).
 *   <li>Transient failure ({@link PlatformUnavailableException}) whose outcome is unknown (a timeout, a
 *       dropped connection, a 5xx): the effect is marked uncertain in the log and the failure propagates; it
 *       is left alone for a settling time (a write the server is still processing lands meanwhile), then
 *       the next attempt looks it up before writing. One that certainly did nothing (throttled, credentials
 *       refused, no connection): the reservation is released.
 *   <li>Permanent rejection ({@link PlatformRejectedException}): the caller's handler decides; when it
 *       returns a result the effect is confirmed with it, when it throws the reservation is released.
 *   <li>Anything else (a bug, a crash): the reservation is kept, and taken over when its lease ends.
 * </ul>
 */
final class EffectRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

  /**
   * How long an effect of unknown outcome is left alone before it is looked up and retried: long enough for
   * a write still being processed by the remote system (the client gave up waiting, the server did not) to
   * land, so the lookup sees it.
   */
  static final Duration DEFAULT_UNCERTAIN_SETTLE = Duration.ofSeconds(60);

  private final EffectLog effects;
  private final SyncReport.Recorder recorder;
  private final Duration uncertainSettle;

  EffectRunner(EffectLog effects, SyncReport.Recorder recorder) {
    this(effects, recorder, DEFAULT_UNCERTAIN_SETTLE);
  }

  EffectRunner(EffectLog effects, SyncReport.Recorder recorder, Duration uncertainSettle) {
    this.effects = Objects.requireNonNull(effects, "effects");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.uncertainSettle = Objects.requireNonNull(uncertainSettle, "uncertainSettle");
  }

  /** Whether the effect was confirmed before. */
  boolean isDone(String key) {
    return effects.isConfirmed(key);
  }

  /** Whether the effect was ever reserved or confirmed. */
  boolean wasStarted(String key) {
    return effects.find(key).isPresent();
  }

  /** Records an effect without a remote call of its own (a marker). */
  void mark(String key, String result) {
    effects.confirm(key, result);
  }

  /**
   * Performs the effect unless done; a rejection propagates.
   *
   * @return the effect's result (e.g. the created record's id)
   */
  String run(String key, EffectType type, Supplier<Optional<String>> lookup, Supplier<String> action) {
    return run(key, type, lookup, action, EffectRunner::propagate);
  }

  /**
   * Performs the effect unless done; a rejection goes to {@code onRejected}, whose result confirms
   * the effect. The lookup runs only when the effect may already have happened.
   *
   * @return the effect's result, or the handler's
   */
  String run(
      String key,
      EffectType type,
      Supplier<Optional<String>> lookup,
      Supplier<String> action,
      Function<PlatformRejectedException, String> onRejected) {
    return perform(key, type, lookup, action, onRejected, false);
  }

  /**
   * As {@link #run(String, EffectType, Supplier, Supplier, Function)}, but the lookup runs on every attempt:
   * for effects whose lookup also decides whether the write is still wanted (a status already set, a
   * booking already accepted).
   *
   * @return the effect's result, or the handler's
   */
  String runChecked(
      String key,
      EffectType type,
      Supplier<Optional<String>> lookup,
      Supplier<String> action,
      Function<PlatformRejectedException, String> onRejected) {
    return perform(key, type, lookup, action, onRejected, true);
  }

  /** As {@link #runChecked(String, EffectType, Supplier, Supplier, Function)}; a rejection propagates. */
  String runChecked(String key, EffectType type, Supplier<Optional<String>> lookup, Supplier<String> action) {
    return runChecked(key, type, lookup, action, EffectRunner::propagate);
  }

  private String perform(
      String key,
      EffectType type,
      Supplier<Optional<String>> lookup,
      Supplier<String> action,
      Function<PlatformRejectedException, String> onRejected,
      boolean alwaysLookUp) {
    Optional<EffectRecord> existing = effects.find(key);
    if (existing.isPresent() && existing.get().isConfirmed()) {
      recorder.alreadyDone(type);
      return existing.get().result().orElse("");
    }
    if (!effects.reserve(key)) {
      Optional<EffectRecord> now = effects.find(key);
      if (now.isPresent() && now.get().isConfirmed()) {
        recorder.alreadyDone(type);
        return now.get().result().orElse("");
      }
      throw new EffectInFlightException(key);
    }
    holdIfTakenOverTooSoon(key, existing);
    try {
      if (alwaysLookUp || mayHaveHappened(key, existing)) {
        Optional<String> found = lookup.get();
        if (found.isPresent()) {
          effects.confirm(key, found.get());
          recorder.alreadyDone(type);
          LOG.debug("effect {} found already done", key);
          return found.get();
        }
      }
      String result = action.get();
      effects.confirm(key, result);
      recorder.performed(type);
      LOG.debug("effect {} performed", key);
      return result;
    } catch (PlatformUnavailableException unavailable) {
      if (unavailable.outcomeUnknown()) {
        effects.markUncertain(key, uncertainSettle);
        LOG.debug("effect {} uncertain: {}", key, unavailable.getMessage());
      } else {
        effects.release(key);
      }
      throw unavailable;
    } catch (PlatformRejectedException rejected) {
      String handled;
      try {
        handled = onRejected.apply(rejected);
      } catch (RuntimeException failure) {
        effects.release(key);
        throw failure;
      }
      effects.confirm(key, handled);
      LOG.debug("effect {} rejected ({}), handled", key, rejected.reason());
      return handled;
    }
  }

  /**
   * A reservation just taken over from another holder (a dead predecessor of the same owner, reclaimed at
   * once) that holder made less than the settling time ago: its write may still be in flight on the remote
   * system, where a lookup now would miss it. The effect is marked uncertain for the rest of the settling time
   * and left alone, as after a timeout; then it is looked up before anything is written.
   */
  private void holdIfTakenOverTooSoon(String key, Optional<EffectRecord> before) {
    if (before.isEmpty() || before.get().state() != EffectState.RESERVED) {
      return;
    }
    Optional<EffectRecord> now = effects.find(key);
    if (now.isEmpty()) {
      return;
    }
    Duration since = Duration.between(before.get().reservedAt(), now.get().reservedAt());
    if (since.compareTo(uncertainSettle) < 0) {
      effects.markUncertain(key, uncertainSettle.minus(since));
      throw new EffectInFlightException(key, "was taken over from a process that reserved it " + since.toSeconds()
          + " s ago: its write may still land, so it settles before it is looked up");
    }
  }

  /**
   * Whether the reservation just taken may stand for an earlier attempt: there was an entry before (an
   * uncertain one, or a dead process's), or another process left one between our read and our reservation.
   */
  private boolean mayHaveHappened(String key, Optional<EffectRecord> before) {
    if (before.isPresent()) {
      return true;
    }
    return effects.find(key).map(EffectRecord::mayHaveHappened).orElse(true);
  }

  private static String propagate(PlatformRejectedException rejection) {
    throw rejection;
  }
}
