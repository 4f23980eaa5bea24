package io.workbridge.benchmarks.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown report of {@link ClusterSimulation}: the run's setup and the machine's load, each measurement
 * beside its goal, and each process's memory and CPU.
 */
final class ClusterReport {
  private final List<String> lines = new ArrayList<>();
  private final List<String> processRows = new ArrayList<>();
  private final List<String> measureRows = new ArrayList<>();

  /**
   * Starts the report with the run's setup.
   *
   * @param options what ran
   * @param loadBefore the one-minute load average before the run
   */
  ClusterReport(ClusterSimulationOptions options, double loadBefore) {
    lines.add(
        String.format(
            Locale.ROOT,
            "%d connections on %d processes over one PostgreSQL; workOrders every %s, serviceTitanChanges every %s;"
                + " heartbeat %d s, %d cycle threads and -Xmx%s per process; run %s, first process killed (SIGKILL)"
                + " at %s, then %s idle window. Load average before the run: %.2f.",
            options.connections(), options.processes(), seconds(options.workOrdersEvery()),
            seconds(options.serviceTitanEvery()), options.heartbeatSeconds(), options.threads(), options.childHeap(),
            seconds(options.duration()), seconds(options.killAt()), seconds(options.quiet()), loadBefore));
  }

  /**
   * Adds a measurement beside its goal.
   *
   * @param what what was measured
   * @param measured the figure
   * @param goal the goal, or "—"
   * @param met whether the goal was met, or null when there is no goal
   */
  void measure(String what, String measured, String goal, Boolean met) {
    String verdict = met == null ? "—" : met ? "yes" : "no";
    measureRows.add("| " + what + " | " + measured + " | " + goal + " | " + verdict + " |");
  }

  /**
   * Adds a process's memory and CPU.
   *
   * @param name the process's name
   * @param state when it was measured (alive at the end, or just before its kill)
   * @param usage its usage at that moment
   * @param alive how long it had run then
   * @param problems its log lines at WARN or ERROR level (-1 when unknown)
   */
  void process(String name, String state, ProcessUsage usage, Duration alive, long problems) {
    processRows.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s | %.1f s | %.2f | %s |",
            name, state, mebibytes(usage.rssBytes()), mebibytes(usage.peakRssBytes()), usage.cpu().toMillis() / 1000.0,
            usage.coresUsed(alive), problems < 0 ? "—" : Long.toString(problems)));
  }

  /** Adds a closing remark. */
  void note(String text) {
    lines.add("");
    lines.add(text);
  }

  /** {@return the whole report} */
  String render() {
    List<String> out = new ArrayList<>();
    out.add("## Cluster simulation");
    out.add("");
    out.add(lines.get(0));
    out.add("");
    out.add("| measurement | measured | goal | met |");
    out.add("|---|---|---|---|");
    out.addAll(measureRows);
    out.add("");
    out.add("| process | measured | RSS | peak RSS | CPU time | cores used (average) | WARN/ERROR log lines |");
    out.add("|---|---|---:|---:|---:|---:|---:|");
    out.addAll(processRows);
    out.addAll(lines.subList(1, lines.size()));
    out.add("");
    return String.join("\n", out);
  }

  /** {@return a duration in seconds with one decimal} */
  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
  }
}
