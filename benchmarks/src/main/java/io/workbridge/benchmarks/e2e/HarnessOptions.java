package io.workbridge.benchmarks.e2e;

import java.time.Duration;

/**
 * What the harness runs.
 *
 * @param workOrders how many work orders the back-fill books
 * @param limits the rate limits (scale factor applied to the real ones)
 * @param latency the response latency of both simulators
 * @param spacing the time between the creation of two back-filled work orders
 * @param concurrency how many work orders the sync handles at once
 */
record HarnessOptions(int workOrders, RateLimits limits, Duration latency, Duration spacing, int concurrency) {
  /** The command-line usage. */
  static final String USAGE =
      String.join(
          "\n",
          "Usage: BackfillHarness [--work-orders N] [--scale F] [--latency-ms L] [--spacing-s S] [--concurrency C]",
          "  --work-orders N  work orders to back-fill into bookings (default 2000)",
          "  --scale F        multiply both systems' rate limits by F (default 1: ServiceTitan 60/s,",
          "                   ServiceChannel 300/min per client and 600/min per company)",
          "  --latency-ms L   response latency of both simulators (default 20)",
          "  --spacing-s S    seconds between the creation times of two back-filled work orders",
          "                   (default 45; 0 creates them all at once)",
          "  --concurrency C  work orders the sync handles at once (default 4, the setting's default)");

  HarnessOptions {
    if (workOrders < 1) {
      throw new IllegalArgumentException("--work-orders must be at least 1, was " + workOrders);
    }
    if (latency.isNegative() || spacing.isNegative()) {
      throw new IllegalArgumentException("--latency-ms and --spacing-s must not be negative");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("--concurrency must be at least 1, was " + concurrency);
    }
  }

  /** The defaults: 2,000 work orders, real limits, 20 ms latency, one work order every 45 s, 4 at once. */
  static HarnessOptions defaults() {
    return new HarnessOptions(2000, new RateLimits(1), Duration.ofMillis(20), Duration.ofSeconds(45), 4);
  }

  /** The same options with another work-order count. */
  HarnessOptions withWorkOrders(int value) {
    return new HarnessOptions(value, limits, latency, spacing, concurrency);
  }

  /** The same options with another latency. */
  HarnessOptions withLatency(Duration value) {
    return new HarnessOptions(workOrders, limits, value, spacing, concurrency);
  }

  /** The same options with another concurrency. */
  HarnessOptions withConcurrency(int value) {
    return new HarnessOptions(workOrders, limits, latency, spacing, value);
  }

  /**
   * Reads the command line.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException naming the unknown or malformed option
   */
  static HarnessOptions parse(String... args) {
    HarnessOptions options = defaults();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name);
      }
      String value = args[++i];
      try {
        options =
            switch (name) {
              case "--work-orders" -> options.withWorkOrders(Integer.parseInt(value));
              case "--scale" -> new HarnessOptions(
                  options.workOrders, new RateLimits(Double.parseDouble(value)), options.latency, options.spacing,
                  options.concurrency);
              case "--latency-ms" -> options.withLatency(Duration.ofMillis(Long.parseLong(value)));
              case "--spacing-s" -> new HarnessOptions(
                  options.workOrders, options.limits, options.latency, Duration.ofSeconds(Long.parseLong(value)),
                  options.concurrency);
              case "--concurrency" -> options.withConcurrency(Integer.parseInt(value));
              default -> throw new IllegalArgumentException("unknown option " + name);
            };
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number for " + name + ": " + value, e);
      }
    }
    return options;
  }
}
