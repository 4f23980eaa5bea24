package io.workbridge.runtime;

import io.workbridge.sync.workflow.SyncReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each sync stream's cycle on its own interval. A stream never runs twice at once: a trigger that
 * arrives while it runs (a webhook, say) makes it run once more right after. {@link #stop(Duration)} lets
 * cycles in flight finish — their effects are confirmed in the store — before it returns.
 *
 * <p>Thread-safe. A failing cycle is logged and recorded in {@link #status()}; the stream keeps its
 * schedule, since the store makes every cycle safe to repeat.
 */
public final class SyncScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

  private final Map<String, Stream> streams = new LinkedHashMap<>();
  private final Clock clock;
  private @Nullable ScheduledExecutorService executor;

  /**
   * A scheduler reading time from {@code clock} (for the status it reports).
   *
   * @param clock the clock to read time from
   */
  public SyncScheduler(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds a stream; call before {@link #start()}.
   *
   * @param name the stream's name, e.g. {@code work-orders}
   * @param every the pause between the end of one cycle and the start of the next
   * @param cycle runs one cycle and says what it did
   * @return this scheduler
   */
  public synchronized SyncScheduler add(String name, Duration every, Supplier<SyncReport> cycle) {
    Objects.requireNonNull(name, "name");
    if (executor != null) {
      throw new IllegalStateException("streams must be added before start()");
    }
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException(name + ": interval must be positive, was " + every);
    }
    if (streams.putIfAbsent(name, new Stream(name, every, cycle)) != null) {
      throw new IllegalArgumentException("stream " + name + " is already scheduled");
    }
    return this;
  }

  /** Starts every stream now, then on its interval. */
  public synchronized void start() {
    if (executor != null) {
      throw new IllegalStateException("already started");
    }
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newScheduledThreadPool(
            Math.max(1, streams.size()),
            task -> {
              Thread thread = new Thread(task, "workbridge-sync-" + threads.incrementAndGet());
              thread.setDaemon(false);
              return thread;
            });
    for (Stream stream : streams.values()) {
      executor.scheduleWithFixedDelay(stream::runUnlessBusy, 0, stream.every.toMillis(), TimeUnit.MILLISECONDS);
    }
    LOG.info("Sync started: {}", streams.keySet());
  }

  /**
   * Asks a stream to run as soon as possible (for example after a webhook); if it is running, it runs
   * once more right after. Does nothing before {@link #start()}.
   *
   * @param name the stream's name
   * @throws IllegalArgumentException for an unknown stream
   */
  public void trigger(String name) {
    Stream stream = stream(name);
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
    }
    if (running != null && !running.isShutdown()) {
      stream.request(running);
    }
  }

  /**
   * Runs one cycle of {@code name} on the calling thread, waiting if it is already running.
   *
   * @param name the stream's name
   * @return the cycle's report
   */
  public SyncReport runNow(String name) {
    return stream(name).runNow();
  }

  /** {@return what each stream did last} */
  public synchronized Map<String, StreamStatus> status() {
    Map<String, StreamStatus> status = new LinkedHashMap<>();
    streams.forEach((name, stream) -> status.put(name, stream.status()));
    return status;
  }

  /**
   * Stops scheduling and waits up to {@code grace} for cycles in flight to finish.
   *
   * @param grace how long to wait for cycles in flight
   * @return true if every cycle finished within the grace period
   */
  public boolean stop(Duration grace) {
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
    }
    if (running == null) {
      return true;
    }
    running.shutdown();
    try {
      boolean finished = running.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        LOG.warn("Cycles still running after {}; they stop at their next safe point", grace);
        running.shutdownNow();
      }
      LOG.info("Sync stopped");
      return finished;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      running.shutdownNow();
      return false;
    }
  }

  /** Stops with a 30 s grace period. */
  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }

  private Stream stream(String name) {
    Stream stream;
    synchronized (this) {
      stream = streams.get(name);
    }
    if (stream == null) {
      throw new IllegalArgumentException("no stream named " + name + "; streams: " + streams.keySet());
    }
    return stream;
  }

  /**
   * What a stream did last.
   *
   * @param name the stream
   * @param every its interval
   * @param runs how many cycles ran
   * @param lastStarted when the last cycle started
   * @param lastReport the last successful cycle's report
   * @param lastFailure the last failure's message, if the last cycle failed
   */
  public record StreamStatus(
      String name,
      Duration every,
      int runs,
      Optional<Instant> lastStarted,
      Optional<SyncReport> lastReport,
      Optional<String> lastFailure) {}

  private final class Stream {
    private final String name;
    private final Duration every;
    private final Supplier<SyncReport> cycle;
    private final Object runLock = new Object();
    private boolean running;
    private boolean again;
    private boolean queued;
    private int runs;
    private @Nullable Instant lastStarted;
    private @Nullable SyncReport lastReport;
    private @Nullable String lastFailure;

    Stream(String name, Duration every, Supplier<SyncReport> cycle) {
      this.name = name;
      this.every = every;
      this.cycle = cycle;
    }

    /**
     * Coalesces triggers: while a cycle runs, any number of triggers make it run once more; otherwise one
     * run is queued, however many triggers arrive before it starts.
     */
    void request(ScheduledExecutorService executor) {
      synchronized (runLock) {
        if (running) {
          again = true;
          return;
        }
        if (queued) {
          return;
        }
        queued = true;
      }
      executor.execute(
          () -> {
            synchronized (runLock) {
              queued = false;
            }
            runUnlessBusy();
          });
    }

    /** Runs cycles until no trigger is pending; returns at once if another thread is running one. */
    void runUnlessBusy() {
      synchronized (runLock) {
        if (running) {
          again = true;
          return;
        }
        running = true;
      }
      try {
        boolean repeat;
        do {
          runCycle();
          synchronized (runLock) {
            repeat = again;
            again = false;
            if (!repeat) {
              running = false;
              runLock.notifyAll();
            }
          }
        } while (repeat);
      } catch (RuntimeException | Error unexpected) {
        synchronized (runLock) {
          running = false;
          runLock.notifyAll();
        }
        throw unexpected;
      }
    }

    SyncReport runNow() {
      synchronized (runLock) {
        while (running) {
          try {
            runLock.wait();
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, interrupted);
          }
        }
        running = true;
      }
      try {
        return runCycle().orElseThrow(() -> new IllegalStateException(name + " cycle failed: " + lastFailure));
      } finally {
        synchronized (runLock) {
          running = false;
          runLock.notifyAll();
        }
      }
    }

    private Optional<SyncReport> runCycle() {
      synchronized (SyncScheduler.this) {
        lastStarted = clock.instant();
        runs++;
      }
      try {
        SyncReport report = cycle.get();
        synchronized (SyncScheduler.this) {
          lastReport = report;
          lastFailure = null;
        }
        LOG.debug("{} cycle: {}", name, report);
        return Optional.of(report);
      } catch (RuntimeException failure) {
        synchronized (SyncScheduler.this) {
          lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        LOG.error("{} cycle failed; it runs again in {}", name, every, failure);
        return Optional.empty();
      }
    }

    StreamStatus status() {
      return new StreamStatus(
          name, every, runs, Optional.ofNullable(lastStarted), Optional.ofNullable(lastReport),
          Optional.ofNullable(lastFailure));
    }
  }
}
