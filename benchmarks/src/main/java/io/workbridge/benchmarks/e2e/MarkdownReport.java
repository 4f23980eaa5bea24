package io.workbridge.benchmarks.e2e;

import io.workbridge.sync.workflow.EffectType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the harness's results as Markdown tables. */
final class MarkdownReport {
  private final HarnessOptions options;
  private final LifecycleProbe.Result lifecycle;
  private final LifecycleProbe.Result nextLifecycle;
  private final Backfill.Result backfill;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport(HarnessOptions options, LifecycleProbe.Run lifecycles, Backfill.Result backfill) {
    this.options = options;
    this.lifecycle = lifecycles.first();
    this.nextLifecycle = lifecycles.next();
    this.backfill = backfill;
  }

  /**
   * The report.
   *
   * @param options what was run
   * @param lifecycles the lifecycle probe's result
   * @param backfill the back-fill's result
   * @return Markdown text
   */
  static String render(HarnessOptions options, LifecycleProbe.Run lifecycles, Backfill.Result backfill) {
    return new MarkdownReport(options, lifecycles, backfill).render();
  }

  private String render() {
    RateLimits limits = options.limits();
    line("Run: " + backfill.workOrders() + " work orders created one every " + seconds(options.spacing())
        + " before the sync; " + options.latency().toMillis() + " ms latency added to every response; rate limits "
        + (limits.scale() == 1 ? "as documented" : "scaled ×" + number(limits.scale()) + " on both sides")
        + " — ServiceTitan " + limits.serviceTitanPerSecond() + "/s, ServiceChannel "
        + limits.serviceChannelClientPerMinute() + "/min per client and " + limits.serviceChannelCompanyPerMinute()
        + "/min per company — in the simulators and in the clients' own limiters; the sync handles "
        + options.concurrency() + " work order" + (options.concurrency() == 1 ? "" : "s") + " at once.");
    line("");
    line("Environment: Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
        + System.getProperty("os.name") + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
        + mebibytes(Runtime.getRuntime().maxMemory()) + ", " + LocalDate.now(ZoneOffset.UTC) + "; load average "
        + load(backfill.loadBefore()) + " when the back-fill started, " + load(backfill.loadAfter())
        + " when it ended (the simulators run in the same JVM and share the cores).");
    line("");
    backfillTables();
    callsByType();
    lifecycleCost();
    lifecycleSteps();
    return out.toString();
  }

  private void backfillTables() {
    RateLimits limits = options.limits();
    CallTally calls = backfill.calls();
    line("#### Back-fill of " + backfill.workOrders() + " work orders into bookings");
    line("");
    line("| | ServiceTitan | ServiceChannel |");
    line("|---|---:|---:|");
    row("API calls", calls.apiCalls(RemoteSystem.SERVICE_TITAN), calls.apiCalls(RemoteSystem.SERVICE_CHANNEL));
    row("token calls", calls.tokenCalls(RemoteSystem.SERVICE_TITAN), calls.tokenCalls(RemoteSystem.SERVICE_CHANNEL));
    row("answered 429", backfill.rateLimited().get(RemoteSystem.SERVICE_TITAN),
        backfill.rateLimited().get(RemoteSystem.SERVICE_CHANNEL));
    row("rate limit", limits.describe(RemoteSystem.SERVICE_TITAN), limits.describe(RemoteSystem.SERVICE_CHANNEL));
    row("rate-limit floor ((API calls − one period's burst) ÷ rate)", seconds(floor(RemoteSystem.SERVICE_TITAN)),
        seconds(floor(RemoteSystem.SERVICE_CHANNEL)));
    line("");
    Duration floor = floor(RemoteSystem.SERVICE_TITAN).compareTo(floor(RemoteSystem.SERVICE_CHANNEL)) >= 0
        ? floor(RemoteSystem.SERVICE_TITAN)
        : floor(RemoteSystem.SERVICE_CHANNEL);
    Duration latencyBound = options.latency().multipliedBy(calls.total());
    line("| measure | value |");
    line("|---|---:|");
    line("| bookings created | " + backfill.bookings() + " of " + backfill.workOrders() + " |");
    line("| sync cycles (the last one quiet) | " + backfill.cycles() + " |");
    line("| wall time | " + seconds(backfill.wallTime()) + " |");
    line("| rate-limit floor (the larger of the two systems') | " + seconds(floor) + " |");
    line("| **wall time ÷ rate-limit floor** | **" + ratio(backfill.wallTime(), floor) + "** |");
    line("| latency alone, calls one after another (" + calls.total() + " calls × " + options.latency().toMillis()
        + " ms) | " + seconds(latencyBound) + " |");
    line("| wall time ÷ the larger of the two bounds above | "
        + ratio(backfill.wallTime(), floor.compareTo(latencyBound) >= 0 ? floor : latencyBound) + " |");
    line("| wall time per work order | " + millis(backfill.wallTime().dividedBy(backfill.workOrders())) + " |");
    line("| calls in the idle cycle that followed, " + backfill.workOrders() + " work orders tracked | "
        + backfill.idleCycle().total() + " |");
    line("| heap in use after seeding, before the sync (after GC) | " + mebibytes(backfill.heapSeeded()) + " |");
    line("| heap in use after the sync (after GC, request journals cleared) | " + mebibytes(backfill.heapAfterSync())
        + " |");
    line("");
  }

  private void callsByType() {
    CallTally life = lifecycle.calls();
    CallTally idleOne = lifecycle.idleCycle();
    CallTally idleMany = backfill.idleCycle();
    List<CallType> types = new ArrayList<>(life.plus(backfill.calls()).plus(idleOne).plus(idleMany).types());
    int cycles = lifecycle.cycles();
    line("#### API calls by type");
    line("");
    line("The lifecycle is one work order from creation to exported invoice (" + cycles + " cycles, see the next"
        + " table); \"beyond polling\" subtracts what " + cycles + " idle cycles would have cost, i.e. the calls"
        + " that work order caused. Token calls are outside the API rate limits.");
    line("");
    CallTally next = nextLifecycle.beyondPolling();
    line("| system | call | lifecycle | beyond polling | beyond polling, next work order | back-fill of "
        + backfill.workOrders() + " | idle cycle, 1 tracked | idle cycle, " + backfill.workOrders() + " tracked |");
    line("|---|---|---:|---:|---:|---:|---:|---:|");
    for (CallType type : types) {
      line("| " + type.system().displayName() + " | `" + type.describe() + "`" + (type.token() ? " (token)" : "")
          + " | " + life.count(type) + " | " + (life.count(type) - cycles * idleOne.count(type)) + " | "
          + next.count(type) + " | " + backfill.calls().count(type) + " | " + idleOne.count(type) + " | "
          + idleMany.count(type) + " |");
    }
    line("| **all** | | **" + life.total() + "** | **" + (life.total() - cycles * idleOne.total()) + "** | **"
        + next.total() + "** | **" + backfill.calls().total() + "** | **" + idleOne.total() + "** | **"
        + idleMany.total() + "** |");
    line("");
  }

  /** Writes, reads and token calls beyond polling: the first work order of the process and the next one. */
  private void lifecycleCost() {
    line("#### One lifecycle beyond polling");
    line("");
    line("The first work order of a fresh process also pays for what the process reads once and keeps (tokens, the"
        + " subscriber's status catalogues, the store's location, the technicians' names); the next work order of"
        + " the same subscriber and store pays only for itself. \"Without notes\" leaves out the technician's note"
        + " step (the lifecycle with no notes or files).");
    line("");
    line("| work order | writes | reads | token calls | all |");
    line("|---|---:|---:|---:|---:|");
    costRow("first", lifecycle.beyondPolling());
    costRow("first, without notes", lifecycle.beyondPollingWithoutNotes());
    costRow("next", nextLifecycle.beyondPolling());
    costRow("next, without notes", nextLifecycle.beyondPollingWithoutNotes());
    line("");
  }

  private void costRow(String label, CallTally calls) {
    line("| " + label + " | " + calls.writes() + " | " + calls.reads() + " | " + calls.tokens() + " | " + calls.total()
        + " |");
  }

  private void lifecycleSteps() {
    line("#### Lifecycle, step by step");
    line("");
    line("| after | cycles | ServiceTitan calls | ServiceChannel calls | effects performed |");
    line("|---|---:|---:|---:|---|");
    for (LifecycleProbe.Step step : lifecycle.steps()) {
      CallTally calls = step.calls();
      line("| " + step.name() + " | " + step.cycles().size() + " | " + calls.total(RemoteSystem.SERVICE_TITAN) + " | "
          + calls.total(RemoteSystem.SERVICE_CHANNEL) + " | " + effects(step.performed()) + " |");
    }
    line("");
  }

  private Duration floor(RemoteSystem system) {
    return options.limits().floor(system, backfill.calls().apiCalls(system));
  }

  private static String effects(Map<EffectType, Integer> performed) {
    if (performed.isEmpty()) {
      return "—";
    }
    return performed.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
        .collect(Collectors.joining(", "));
  }

  private void row(String label, Object serviceTitan, Object serviceChannel) {
    line("| " + label + " | " + serviceTitan + " | " + serviceChannel + " |");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toNanos() / 1e9);
  }

  private static String millis(Duration duration) {
    return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
  }

  private static String ratio(Duration measured, Duration floor) {
    return floor.isZero() ? "—" : String.format(Locale.ROOT, "%.2f", measured.toNanos() / (double) floor.toNanos());
  }

  private static String load(double average) {
    return average < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", average);
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
