package io.workbridge.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code workbridge demo [--data DIR] [--quiet]}: starts ServiceTitan, ServiceChannel and the leads vendor as
 * simulators on loopback with seeded data, plays the people in them while the real sync runs over an embedded
 * H2 store, prints a report counted from the simulated systems, and exits 0 only when their state matches
 * what SPEC requires (1 otherwise, listing each failed expectation).
 */
@Command(
    name = "demo",
    description = {
      "Runs the real sync against simulated ServiceTitan, ServiceChannel and leads vendor, then reports.",
      "60 work orders and 25 alerts on loopback, the people played between sync cycles, a report counted from"
          + " the simulated systems and a verdict: exits 0 only when they hold what the specification requires."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Keep the embedded store and the configuration file in DIR (new or empty), to inspect afterwards with"
              + " workbridge status --config DIR/" + DemoRun.CONFIG_FILE + ". Default: a temporary directory,"
              + " deleted at the end.")
  @Nullable Path data;

  @Option(names = "--quiet", description = "Print only the report and the verdict.")
  boolean quiet;

  /** Runs after the sync and before the verdict; tests use it to make the simulated state wrong. */
  BiConsumer<Simulators, DemoRun> beforeVerdict = (world, run) -> {};

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path directory = data == null ? temporaryDirectory() : prepared(data);
    try (Simulators world = new Simulators()) {
      Consumer<String> progress = quiet ? line -> {} : line -> {
        out.println(line);
        out.flush();
      };
      progress.accept("WorkBridge demo: ServiceTitan, ServiceChannel and the leads vendor simulated on loopback,");
      progress.accept("the real sync over an embedded H2 store in " + directory.toAbsolutePath() + ".");
      progress.accept("Simulated time (UTC) moves on between the steps; each sync runs until a cycle finds nothing to do.");
      progress.accept("");
      DemoRun run = new DemoRun(world, directory, progress);
      run.play();
      beforeVerdict.accept(world, run);
      RemoteState state = new RemoteState(world, run.workOrders());
      DemoReport.of(state, run).print(out);
      DemoVerdict verdict = DemoVerdict.of(world, state, run);
      verdict.print(out);
      if (data != null) {
        out.printf("The stored state stays in %s: workbridge status --config %s%n", directory, directory.resolve(DemoRun.CONFIG_FILE));
        out.flush();
      }
      return verdict.passed() ? 0 : 1;
    } finally {
      if (data == null) {
        delete(directory);
      }
    }
  }

  private Path prepared(Path directory) {
    try {
      if (Files.isDirectory(directory)) {
        try (Stream<Path> entries = Files.list(directory)) {
          if (entries.findAny().isPresent()) {
            throw new CommandLine.ParameterException(
                spec.commandLine(), "--data " + directory + " is not empty; give a new or empty directory");
          }
        }
      }
      return Files.createDirectories(directory);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot use " + directory, failure);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("workbridge-demo-");
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot create a temporary directory", failure);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
