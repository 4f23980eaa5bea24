package io.workbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.cli.WorkBridgeCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code workbridge demo} end to end, through the command line as a user runs it: the real sync against the
 * three simulators, the report, and a verdict that passes — or fails, naming the expectation, when the
 * simulated state is made wrong.
 */
class DemoCommandTest {
  @TempDir Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** The value of a report row, found by the start of its label. */
  private String row(String label) {
    Matcher row = Pattern.compile("(?m)^  " + Pattern.quote(label) + ".*?\\s{2,}(\\S.*)$").matcher(out.toString());
    assertThat(row.find()).as("report row '%s' in%n%s", label, out).isTrue();
    return row.group(1).strip();
  }

  @Test
  void demo_runsTheWholeStoryAgainstTheSimulators_reportsIt_andExitsZero() {
    int exit = execute(WorkBridgeCli.commandLine(), "demo", "--data", data.resolve("run").toString());

    assertThat(exit).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
    assertThat(out.toString())
        .contains("[1/9]", "[9/9]", "sync, 1 cycle: nothing to do")
        .contains("Verdict: PASS");
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("work orders issued", "60"),
            Map.entry("ignored: created before the activation (SC-3)", "4"),
            Map.entry("→ ServiceTitan bookings (SC-1)", "52"),
            Map.entry("→ jobs converted from those bookings by CSRs", "34"),
            Map.entry("→ jobs created directly by the auto-conversion rule", "4"),
            Map.entry("rule matched before any customer mapping", "1"),
            Map.entry("bookings marked accepted after acceptance in ServiceChannel (SC-6)", "2"),
            Map.entry("IN PROGRESS/DISPATCH CONFIRMED: accepted (SC-7)", "25"),
            Map.entry("OPEN/DECLINED: declined (SC-8)", "4"),
            Map.entry("IN PROGRESS: dispatched (SC-10)", "38"),
            Map.entry("COMPLETED: done (SC-12)", "29"),
            Map.entry("Action Required note instead, accepted / declined (SC-13)", "16 / 1"),
            Map.entry("technician check-ins (SC-11) / check-outs (SC-12)", "34 / 29"),
            Map.entry("notes ServiceTitan → ServiceChannel (SC-16)", "14"),
            Map.entry("notes ServiceChannel → ServiceTitan (SC-16)", "15"),
            Map.entry("notes left unsynced: sync off for Harbor Foods (SC-18)", "7"),
            Map.entry("notes echoed back to where they came from", "0"),
            Map.entry("attachments sent to ServiceChannel at completion (SC-15)", "39"),
            Map.entry("attachments added after completion, not sent (SC-15)", "1"),
            Map.entry("invoices exported in ServiceTitan / submitted to ServiceChannel (SC-20)", "23 / 23"),
            Map.entry("alerts raised by the vendor", "25"),
            Map.entry("→ bookings posted (LD-1)", "14"),
            Map.entry("dropped: type not actionable (LD-2)", "4"),
            Map.entry("dropped: severity not actionable (LD-2)", "3"),
            Map.entry("dropped: severity unknown, flagged (LD-2)", "1"),
            Map.entry("dropped: job type switched off (LD-5)", "2"),
            Map.entry("dropped: no longer pending", "1"),
            Map.entry("re-sent by the vendor, not posted again (LD-10)", "2"),
            Map.entry("outcomes written back: scheduled / resolved / dismissed", "3 / 1 / 1"),
            Map.entry("records quarantined (SDK-5)", "0"),
            Map.entry("effects performed by a new bridge over the same store", "0"));
    expected.forEach((label, value) -> assertThat(row(label)).as(label).isEqualTo(value));
    // --data keeps the configuration and the embedded store for `workbridge status`.
    assertThat(data.resolve("run").resolve(DemoRun.CONFIG_FILE)).exists();
    assertThat(data.resolve("run").resolve("store")).isDirectory();
    assertThat(out.toString()).contains("workbridge status --config");
  }

  @Test
  void demo_whenTheSimulatedStateIsWrong_namesEachFailedExpectation_andExitsOne() {
    DemoCommand command = new DemoCommand();
    long[] cancelled = new long[1];
    command.beforeVerdict =
        (world, run) -> {
          WorkOrderPlan accepted =
              run.workOrders().stream()
                  .filter(plan -> plan.fate == Fate.ACCEPTED && plan.subscriber().equals(Simulators.NORTHWIND))
                  .findFirst()
                  .orElseThrow();
          cancelled[0] = accepted.id;
          // The store manager cancels a work order the CSR had accepted: SPEC's status no longer holds.
          world.serviceChannel.cancel(accepted.id);
        };

    int exit = execute(new CommandLine(command), "--quiet");

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .doesNotContain("[1/9]")
        .contains("Verdict: FAIL. 1 of ")
        .contains("✗ work order " + cancelled[0] + " (Northwind Stores #")
        .contains("ServiceChannel status: expected IN PROGRESS/DISPATCH CONFIRMED, found COMPLETED/CANCELLED");
  }

  @Test
  void demo_dataDirectoryNotEmpty_refusedBeforeAnythingRuns() throws Exception {
    Files.writeString(data.resolve("keep.txt"), "mine");

    int exit = execute(WorkBridgeCli.commandLine(), "demo", "--data", data.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("is not empty");
    assertThat(data.resolve("keep.txt")).hasContent("mine");
  }
}
