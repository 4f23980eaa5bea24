package io.workbridge.cli;

import io.workbridge.cli.webhook.BridgeWebhooks;
import io.workbridge.cli.webhook.FleetWebhooks;
import io.workbridge.cli.webhook.WebhookServer;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.WorkBridgeFleet;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.sync.workflow.SyncReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code workbridge run}: syncs on the configured schedule until stopped (Ctrl-C or SIGTERM stop it
 * gracefully, letting cycles in flight finish), serving the webhook endpoints when they are enabled; or runs
 * one cycle of every stream with {@code --once} (no webhooks). With {@code --config-dir}, every connection of a
 * directory of configuration files ({@link WorkBridgeFleet}).
 */
@Command(name = "run", description = "Runs the sync: on its schedule until stopped, or one cycle with --once.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  ConfigSource source;

  @Option(names = "--once", description = "Run one cycle of every stream, print what it did, and exit.")
  boolean once;

  @Mixin ClusterOptions cluster = new ClusterOptions();

  @Option(
      names = "--grace",
      defaultValue = "30",
      description = "Seconds a graceful stop waits for cycles in flight (default: ${DEFAULT-VALUE}).")
  long graceSeconds;

  private final CliContext context;

  RunCommand() {
    this(CliContext.system());
  }

  RunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (source.configDir != null) {
      return runConnections(source.configDir, out);
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--cluster-store")) {
      throw new ParameterException(spec.commandLine(), "--cluster-store runs a directory of connections: use it with --config-dir");
    }
    WorkBridgeConfig loaded = WorkBridgeConfig.load(Objects.requireNonNull(source.config), context.environment());
    if (once) {
      try (WorkBridge bridge = WorkBridgeFactory.create(loaded, context.clock())) {
        Map<String, SyncReport> reports = bridge.runOnce();
        reports.forEach((stream, report) -> print(out, stream, report));
        out.flush();
        return reports.values().stream().allMatch(SyncReport::completed) ? 0 : 1;
      }
    }
    WorkBridge bridge = WorkBridgeFactory.create(loaded, context.clock());
    AtomicReference<WebhookServer> webhooks = new AtomicReference<>();
    // The JVM's shutdown (Ctrl-C, SIGTERM) stops the webhooks, then the bridge: cycles in flight finish, then it closes.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Optional.ofNullable(webhooks.get()).ifPresent(WebhookServer::close);
                  bridge.stop(Duration.ofSeconds(graceSeconds));
                  bridge.close();
                },
                "workbridge-shutdown"));
    bridge.start();
    BridgeWebhooks.settings(loaded.webhooks())
        .ifPresent(settings -> webhooks.set(BridgeWebhooks.start(bridge, settings, context.clock())));
    out.printf("WorkBridge %s is running; stop it with Ctrl-C.%n", loaded.connectionId());
    Optional.ofNullable(webhooks.get())
        .ifPresent(server -> out.printf("Webhooks listening on port %d.%n", server.address().getPort()));
    out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  /**
   * Every connection of the directory: one cycle of each with {@code --once}, else until stopped, each connection
   * whose file enables webhooks serving them on its own port ({@link FleetWebhooks}).
   */
  private int runConnections(Path directory, PrintWriter out) throws InterruptedException {
    FleetWebhooks webhooks = new FleetWebhooks(context.clock());
    ClusterOptions.Opened shared = cluster.enabled() ? cluster.open() : null;
    WorkBridgeFleet.Builder builder =
        WorkBridgeFleet.builder(directory)
            .environment(context.environment())
            .clock(context.clock())
            .grace(Duration.ofSeconds(graceSeconds))
            .listener(webhooks);
    if (shared != null) {
      builder.sharedStore(shared.store()).cluster(shared.settings());
    }
    WorkBridgeFleet fleet;
    try {
      fleet = builder.build();
    } catch (RuntimeException failed) {
      if (shared != null) {
        shared.close();
      }
      throw failed;
    }
    if (once) {
      try (shared; fleet) {
        Map<String, Map<String, SyncReport>> reports = fleet.runOnce();
        boolean completed = printRefused(out, fleet.refused());
        reports.forEach(
            (connection, streams) -> {
              out.printf("connection %s%n", connection);
              streams.forEach((stream, report) -> print(out, stream, report));
            });
        out.flush();
        return completed && reports.values().stream().flatMap(r -> r.values().stream()).allMatch(SyncReport::completed)
            ? 0
            : 1;
      }
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  webhooks.close();
                  fleet.close();
                  if (shared != null) {
                    shared.close();
                  }
                },
                "workbridge-shutdown"));
    WorkBridgeFleet.Changes first = fleet.start();
    printRefused(out, first.refused());
    out.printf("WorkBridge is running %d connection(s) from %s%s; stop it with Ctrl-C.%n", fleet.status().size(), directory,
        shared == null ? "" : ", sharing their cycles with the cluster as " + shared.settings().processName());
    webhooks.addresses()
        .forEach((connection, address) -> out.printf("Webhooks of %s listening on port %d.%n", connection, address.getPort()));
    out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  /** Prints the files that did not load; true when there is none. */
  private static boolean printRefused(PrintWriter out, Map<String, List<String>> refused) {
    refused.forEach(
        (file, problems) -> {
          out.printf("%s not loaded:%n", file);
          problems.forEach(problem -> out.printf("  %s%n", problem));
        });
    return refused.isEmpty();
  }

  static void print(PrintWriter out, String stream, SyncReport report) {
    out.printf("%s: %d effects performed%s%s%n", stream, report.totalPerformed(),
        report.deferred().isEmpty() ? "" : " (" + report.deferred().size() + " deferred for a later attempt)",
        report.completed() ? "" : " (stopped early: " + report.stoppedBecause().orElse("?") + ")");
    report.performed().forEach((type, count) -> out.printf("  %-28s %d%n", type, count));
    report.skippedByReason().forEach((reason, count) -> out.printf("  skipped: %s (%d)%n", reason, count));
    report.fallbacks().forEach(fallback -> out.printf("  fallback %s: %s%n", fallback.recordKey(), fallback.message()));
    report.quarantined().forEach(bad -> out.printf("  quarantined %s: %s%n", bad.recordKey(), bad.reason()));
    report.deferred().forEach(later -> out.printf("  deferred %s (attempt %d): %s%n", later.recordKey(), later.attempts(), later.reason()));
    report.leadCounts().forEach((count, n) -> out.printf("  leads %-22s %d%n", count, n));
  }
}
