package io.workbridge.client.internal;

/**
 * A per-client token bucket for retries (the AWS retry-quota idea): each retry spends {@code cost}, each
 * successful call refunds one, so a long outage stops producing retry storms. Thread-safe.
 */
public final class RetryBudget {
  private final int capacity;
  private final int cost;
  private int available;

  /** A full budget of {@code capacity}, where one retry costs {@code cost}. */
  public RetryBudget(int capacity, int cost) {
    this.capacity = capacity;
    this.cost = cost;
    this.available = capacity;
  }

  /** Takes the cost of one retry; {@code false} when the budget cannot pay it. */
  public synchronized boolean tryAcquire() {
    if (available < cost) {
      return false;
    }
    available -= cost;
    return true;
  }

  /** Gives one back after a successful call. */
  public synchronized void refund() {
    if (available < capacity) {
      available++;
    }
  }

  /** What is left, for tests and diagnostics. */
  public synchronized int available() {
    return available;
  }
}
