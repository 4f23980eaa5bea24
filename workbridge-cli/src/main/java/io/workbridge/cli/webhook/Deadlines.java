package io.workbridge.cli.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Time limits on the worker threads reading a request. A worker watched past its deadline is interrupted;
 * the JDK server reads from an interruptible {@link java.nio.channels.SocketChannel}, so the interrupt closes
 * the connection and the blocked read fails at once, freeing the worker. {@link #check} runs periodically
 * (see {@link WebhookServer}); a deadline is therefore enforced within one check period. Thread-safe.
 */
final class Deadlines {
  /** What a watched worker is waiting for. */
  enum Phase {
    HEADERS("too slow sending its request line and headers"),
    BODY("too slow sending its body");

    private final String refusal;

    Phase(String refusal) {
      this.refusal = refusal;
    }

    /** The reason logged when a client runs out of time in this phase. */
    String refusal() {
      return refusal;
    }
  }

  /** One worker's current limit; its methods are synchronized so that an interrupt never outlives the watch. */
  private static final class Watch {
    private final Thread worker;
    private Phase phase;
    private long deadline;
    private boolean active = true;
    private boolean expired;

    Watch(Thread worker, Phase phase, long deadline) {
      this.worker = worker;
      this.phase = phase;
      this.deadline = deadline;
    }

    synchronized void move(Phase next, long nextDeadline) {
      phase = next;
      deadline = nextDeadline;
    }

    synchronized @Nullable Phase expireIfDue(long now) {
      if (!active || now - deadline < 0) {
        return null;
      }
      active = false;
      expired = true;
      worker.interrupt();
      return phase;
    }

    synchronized boolean end() {
      active = false;
      return expired;
    }
  }

  private final Map<Thread, Watch> watches = new ConcurrentHashMap<>();
  private final RefusalLog refusals;

  Deadlines(RefusalLog refusals) {
    this.refusals = refusals;
  }

  /** Starts watching the calling worker: it must be done with {@code phase} within {@code limit}. */
  void watch(Phase phase, Duration limit) {
    Thread worker = Thread.currentThread();
    long deadline = System.nanoTime() + limit.toNanos();
    Watch watch = watches.get(worker);
    if (watch == null) {
      watches.put(worker, new Watch(worker, phase, deadline));
    } else {
      watch.move(phase, deadline);
    }
  }

  /**
   * Stops watching the calling worker and clears an interrupt a deadline may have caused.
   *
   * @return whether the worker ran out of time
   */
  boolean release() {
    Watch watch = watches.remove(Thread.currentThread());
    boolean expired = watch != null && watch.end();
    if (expired) {
      Thread.interrupted();
    }
    return expired;
  }

  /** Interrupts every worker past its deadline, logging each as a refusal. */
  void check() {
    long now = System.nanoTime();
    for (Watch watch : watches.values()) {
      Phase expired = watch.expireIfDue(now);
      if (expired != null) {
        refusals.refused("the webhook server", "a client was " + expired.refusal() + ", disconnected");
      }
    }
  }
}
