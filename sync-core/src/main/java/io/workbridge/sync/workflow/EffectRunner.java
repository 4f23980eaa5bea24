package io.workbridge.sync.workflow;

import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.EffectRecord;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs one remote effect at most once: reserve its key in the effect log, look the effect up on
 * the remote (it may have happened before a crash), perform it only if it is not there, and confirm
 * it with its result. Used by the workflows for every remote write.
 *
 * <ul>
 *   <li>Already confirmed: nothing is done; the recorded result is returned.
 *   <li>Reserved by someone else under a live lease: {@link EffectInFlightException} stops the stream
 *       (its cursor must not move past an effect that may not happen).
 *   <li>Transient failure ({@link PlatformUnavailableException}): the reservation is released and the
 *       failure propagates; the next cycle tries again, looking the effect up first.
 *   <li>Permanent rejection ({@link PlatformRejectedException}): the caller's handler decides; when it
 *       returns a result the effect is confirmed with it, when it throws the reservation is released.
 *   <li>Anything else (a bug, a crash): the reservation is kept, and taken over when its lease ends.
 * </ul>
 */
final class EffectRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

  private final EffectLog effects;
  private final SyncReport.Recorder recorder;

  EffectRunner(EffectLog effects, SyncReport.Recorder recorder) {
    this.effects = Objects.requireNonNull(effects, "effects");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
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
    return run(
        key,
        type,
        lookup,
        action,
        rejection -> {
          throw rejection;
        });
  }

  /**
   * Performs the effect unless done; a rejection goes to {@code onRejected}, whose result confirms
   * the effect.
   *
   * @return the effect's result, or the handler's
   */
  String run(
      String key,
      EffectType type,
      Supplier<Optional<String>> lookup,
      Supplier<String> action,
      Function<PlatformRejectedException, String> onRejected) {
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
    try {
      Optional<String> found = lookup.get();
      if (found.isPresent()) {
        effects.confirm(key, found.get());
        recorder.alreadyDone(type);
        LOG.debug("effect {} found already done", key);
        return found.get();
      }
      String result = action.get();
      effects.confirm(key, result);
      recorder.performed(type);
      LOG.debug("effect {} performed", key);
      return result;
    } catch (PlatformUnavailableException unavailable) {
      effects.release(key);
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
}
