package io.workbridge.sync.workflow;

import io.workbridge.sync.port.PlatformUnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Handles the records of one page on up to {@code concurrency} workers: records with the same key (one work
 * order) one after the other on one worker, in page order. The first failure that escapes a record's
 * handling stops the page: no record starts after it, those already started finish, and then the failure is
 * thrown — an unexpected one in preference to one that only stops the stream. The workers live for one page
 * and are shut down with it. With a concurrency of 1 the records run one after the other on the caller's
 * thread.
 */
final class PageWorkers {

  /**
   * One record to handle.
   *
   * @param key the record's key; records with the same key run in order on one worker
   * @param body its handling
   */
  record Task(String key, Runnable body) {}

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final int concurrency;

  PageWorkers(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    this.concurrency = concurrency;
  }

  /** Handles every task, or stops at the first failure as described above and throws it. */
  void runAll(List<Task> tasks) {
    if (concurrency == 1 || tasks.size() <= 1) {
      tasks.forEach(task -> task.body().run());
      return;
    }
    Map<String, List<Runnable>> byKey = new LinkedHashMap<>();
    for (Task task : tasks) {
      byKey.computeIfAbsent(task.key(), key -> new ArrayList<>()).add(task.body());
    }
    Failure failure = new Failure();
    // The caller's log context (connection, stream) goes with the records to the workers.
    Map<String, String> logContext = MDC.getCopyOfContextMap();
    ExecutorService workers = Executors.newFixedThreadPool(Math.min(concurrency, byKey.size()), threads());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<Runnable> sameKey : byKey.values()) {
        running.add(workers.submit(() -> withLogContext(logContext, () -> runInOrder(sameKey, failure))));
      }
      awaitAll(running, failure);
    } finally {
      workers.shutdown();
    }
    failure.rethrow();
  }

  private static void withLogContext(@Nullable Map<String, String> logContext, Runnable body) {
    if (logContext == null) {
      body.run();
      return;
    }
    MDC.setContextMap(logContext);
    try {
      body.run();
    } finally {
      MDC.clear();
    }
  }

  private static void runInOrder(List<Runnable> bodies, Failure failure) {
    for (Runnable body : bodies) {
      if (failure.happened()) {
        return;
      }
      try {
        body.run();
      } catch (RuntimeException | Error failed) {
        failure.add(failed);
        return;
      }
    }
  }

  /** Waits for every worker; an interrupt stops the page (nothing new starts) but still waits for those started. */
  private static void awaitAll(List<Future<?>> running, Failure failure) {
    boolean interrupted = false;
    for (Future<?> future : running) {
      while (true) {
        try {
          future.get();
          break;
        } catch (InterruptedException interrupt) {
          if (!interrupted) {
            interrupted = true;
            failure.add(new PlatformUnavailableException("interrupted while handling a page", interrupt, false, true));
          }
        } catch (ExecutionException unexpected) {
          failure.add(unexpected.getCause());
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "workbridge-work-orders-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The failure that stopped the page, with any later ones suppressed in it. */
  private static final class Failure {
    private @Nullable Throwable first;

    synchronized boolean happened() {
      return first != null;
    }

    synchronized void add(Throwable failure) {
      if (first == null) {
        first = failure;
      } else if (stopsTheStream(first) && !stopsTheStream(failure)) {
        failure.addSuppressed(first);
        first = failure;
      } else if (first != failure) {
        first.addSuppressed(failure);
      }
    }

    synchronized void rethrow() {
      if (first instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (first instanceof Error error) {
        throw error;
      }
      if (first != null) {
        throw new IllegalStateException("a record's handling failed", first);
      }
    }

    private static boolean stopsTheStream(Throwable failure) {
      return failure instanceof PlatformUnavailableException
          || failure instanceof EffectInFlightException
          || failure instanceof RecordWaitsException;
    }
  }
}
