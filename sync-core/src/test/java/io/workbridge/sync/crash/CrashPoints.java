package io.workbridge.sync.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Draws each seed's crash point from a crash-free run's recorded points. Uniform picks alone would
 * rarely land next to the few writes among tens of thousands of reads, so the seeds take turns: one
 * picks any point; the next picks a remote-write operation (e.g. {@code serviceTitan.createBooking})
 * uniformly, then one of its calls, before or after; the next does the same among store writes (e.g.
 * {@code store.effects.confirm}). Every kind of write thus gets crashes next to it.
 */
final class CrashPoints {
  private CrashPoints() {}

  /** The crash point of one seed. */
  static long forSeed(CrashPlan reference, long masterSeed, int seed) {
    SplittableRandom random = new SplittableRandom(masterSeed + seed);
    switch (Math.floorMod(seed, 3)) {
      case 1:
        return stratified(reference.pointsByOperation(CrashPlan.Kind.REMOTE_WRITE), random)
            .orElse(1 + random.nextLong(reference.points()));
      case 2:
        return stratified(reference.pointsByOperation(CrashPlan.Kind.STORE_WRITE), random)
            .orElse(1 + random.nextLong(reference.points()));
      default:
        return 1 + random.nextLong(reference.points());
    }
  }

  /** The distinct crash points of the seeds {@code first..last}. */
  static long[] forSeeds(CrashPlan reference, long masterSeed, int first, int last) {
    return IntStream.rangeClosed(first, last)
        .mapToLong(seed -> forSeed(reference, masterSeed, seed))
        .distinct()
        .toArray();
  }

  private static java.util.OptionalLong stratified(Map<String, long[]> byOperation, SplittableRandom random) {
    List<long[]> operations = new ArrayList<>(byOperation.values());
    if (operations.isEmpty()) {
      return java.util.OptionalLong.empty();
    }
    long[] calls = operations.get(random.nextInt(operations.size()));
    return java.util.OptionalLong.of(calls[random.nextInt(calls.length)]);
  }
}
