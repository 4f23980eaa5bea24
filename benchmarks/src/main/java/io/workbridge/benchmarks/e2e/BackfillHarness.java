package io.workbridge.benchmarks.e2e;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end benchmark: back-fills work orders (2,000 by default) from the ServiceChannel simulator
 * into ServiceTitan bookings through the real clients, adapters, {@code WorkOrderSync} and embedded H2
 * store, with 20 ms latency on every response and the documented rate limits (optionally scaled), then
 * prints a Markdown report: wall time against the rate-limit floor, API calls per work-order lifecycle
 * and per idle cycle by type, heap after the sync. Progress goes to the log (standard error), the report
 * to standard output.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.workbridge.benchmarks.e2e.BackfillHarness [--work-orders 2000] [--scale 1]
 * </pre>
 */
public final class BackfillHarness {
  private static final Logger LOG = LoggerFactory.getLogger(BackfillHarness.class);

  private BackfillHarness() {}

  /**
   * Runs the harness and prints the report; exits with status 2 on bad options.
   *
   * @param args the options, see {@code --help}
   */
  public static void main(String[] args) {
    HarnessOptions options;
    try {
      options = HarnessOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(HarnessOptions.USAGE);
      System.exit(2);
      return;
    }
    System.out.print(run(options));
  }

  /**
   * Runs the lifecycle probe, then the back-fill, each on fresh simulators and a fresh store.
   *
   * @param options what to run
   * @return the Markdown report
   */
  static String run(HarnessOptions options) {
    LOG.info("lifecycle of one work order ...");
    LifecycleProbe.Run lifecycle = LifecycleProbe.run(options);
    LOG.info("back-fill of {} work orders ...", options.workOrders());
    Backfill.Result backfill = Backfill.run(options);
    LOG.info("done: {} bookings in {}", backfill.bookings(), backfill.wallTime());
    return MarkdownReport.render(options, lifecycle, backfill);
  }
}
