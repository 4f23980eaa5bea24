package io.workbridge.runtime;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A workflow instance that is not thread-safe, shared by several scheduled streams (and on-demand retries):
 * each use holds the instance's lock, so two uses never overlap and the later one waits for the earlier.
 *
 * @param <T> the workflow type
 */
final class Exclusive<T> {
  private final T workflow;
  private final String name;
  private final ReentrantLock lock = new ReentrantLock();

  Exclusive(T workflow, String name) {
    this.workflow = workflow;
    this.name = name;
  }

  /** Runs {@code use} on the workflow once no other use is running. */
  <R> R call(Function<T, R> use) {
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the " + name + " workflow", interrupted);
    }
    try {
      return use.apply(workflow);
    } finally {
      lock.unlock();
    }
  }
}
