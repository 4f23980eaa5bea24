package io.workbridge.cli.e2e;

import io.workbridge.testkit.process.ChildJvms.Child;
import io.workbridge.cli.e2e.LifecycleScenario.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole-day {@link LifecycleScenario} synced by {@code workbridge run} child processes (one, or several
 * sharing a store under their own owner names) that are killed with SIGKILL at random points and restarted.
 *
 * <p>The day is played in kill rounds: the processes are started, the people take the day's next steps
 * meanwhile as they become ready (a CSR acts on a booking once the sync made it), and then — either while a
 * write is in flight (right after a write arrived at a simulator, sooner than the shortest {@link SlowWrites}
 * hold) or at a random time — a process is killed, and the others each up to 1.5 s later. At the end the writes
 * are let through at once and the processes run {@code run --once}, without kills, until two rounds in a row
 * perform nothing.
 *
 * <p>The random choices (kill moments and victims, when steps happen, write holds) come from one seed; the
 * operating system's timing does not, so a seed replays the plan, not every interleaving.
 */
final class ChaosRun {
  private static final Pattern PERFORMED = Pattern.compile("^(\\S+): (\\d+) effects performed(.*)$", Pattern.MULTILINE);
  /** How long a kill round waits for a write to arrive before it kills anyway. */
  private static final Duration WRITE_WAIT = Duration.ofSeconds(8);
  /** Rounds beyond the planned ones in which the people's last steps must become ready. */
  private static final int MAX_EXTRA_ROUNDS = 20;
  private static final Duration RUN_ONCE_LIMIT = Duration.ofSeconds(120);
  private static final int MAX_SETTLE_ROUNDS = 8;

  private final LifecycleScenario scenario;
  private final CliProcesses cli;
  private final List<Path> configs;
  private final SlowWrites writes;
  private final Random random;
  private final List<String> trace = new ArrayList<>();
  private int kills;
  private int killsMidWrite;
  private int runsOnce;

  /**
   * @param configs one configuration file per process
   * @param seed the seed of the run's random choices
   */
  ChaosRun(LifecycleScenario scenario, CliProcesses cli, List<Path> configs, SlowWrites writes, long seed) {
    this.scenario = scenario;
    this.cli = cli;
    this.configs = List.copyOf(configs);
    this.writes = writes;
    this.random = new Random(seed);
  }

  /**
   * Plays the day in kill rounds, each killing every process, until at least {@code kills} kills — more when
   * the people still have steps to take — then syncs to quiescence.
   */
  void play(int kills) {
    int rounds = (kills + configs.size() - 1) / configs.size();
    Deque<Step> steps = new ArrayDeque<>(scenario.steps());
    // The steps are spread over the first two thirds of the rounds, so later rounds kill catching-up processes.
    int stepRounds = Math.max(1, rounds * 2 / 3);
    Child[] running = new Child[configs.size()];
    int round = 0;
    while (round < rounds || !steps.isEmpty()) {
      round++;
      if (round > rounds + MAX_EXTRA_ROUNDS) {
        throw new AssertionError("step '" + steps.peek().name() + "' never became ready");
      }
      startAll(running);
      int quota = round >= stepRounds ? steps.size() : (int) Math.ceil((double) steps.size() / (stepRounds - round + 1));
      killRound(running, steps, quota);
    }
    writes.disable();
    settle(2);
  }

  /** How many processes were killed. */
  int kills() {
    return kills;
  }

  /** How many of them were killed while a write was being held or processed by a simulator. */
  int killsMidWrite() {
    return killsMidWrite;
  }

  /** How many {@code run --once} processes ran to their end. */
  int runsOnce() {
    return runsOnce;
  }

  /** What happened, in order, for a failure's message. */
  List<String> trace() {
    return List.copyOf(trace);
  }

  private void startAll(Child[] running) {
    for (int i = 0; i < running.length; i++) {
      running[i] = cli.start("run-" + (i + 1), "run", "--config", configs.get(i).toString());
    }
  }

  /** People take up to {@code quota} steps as they become ready; the round ends with kills from a chosen moment. */
  private void killRound(Child[] running, Deque<Step> steps, int quota) {
    boolean midWrite = random.nextInt(100) < 70;
    long start = System.nanoTime();
    long stepsAt = start + millis(random.nextInt(500));
    long nextCheck = 0;
    long killAt = start + (midWrite ? WRITE_WAIT.toNanos() : millis(300 + random.nextInt(5_000)));
    int taken = 0;
    long writeTarget = writes.started() + 1 + random.nextInt(3);
    while (true) {
      for (Child child : running) {
        if (!child.isAlive()) {
          throw new AssertionError(child.name() + " ended by itself (exit " + child.process().exitValue() + "):\n" + child.output());
        }
      }
      long now = System.nanoTime();
      if (now >= stepsAt && now >= nextCheck && taken < quota && !steps.isEmpty()) {
        if (steps.peek().ready().getAsBoolean()) {
          take(steps.poll());
          taken++;
        } else {
          nextCheck = now + millis(200);
        }
      } else if (midWrite && writes.started() >= writeTarget) {
        // A write just arrived and is held at least SlowWrites.shortest(): kill sooner than that.
        sleep(random.nextInt((int) Math.max(1, writes.shortest().toMillis() - 60)));
        break;
      } else if (now >= killAt) {
        break;
      } else {
        sleep(15);
      }
    }
    // Every process dies in every round, each at a moment of its own: the others a little later, in random order.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < running.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    for (int i : order) {
      if (i != order.get(0)) {
        sleep(random.nextInt(1_500));
      }
      kill(running[i]);
    }
  }

  private void kill(Child victim) {
    boolean inFlight = writes.inFlight() > 0;
    cli.kill(victim);
    kills++;
    if (inFlight) {
      killsMidWrite++;
    }
    trace.add("kill " + victim.name() + (inFlight ? " mid-write" : ""));
  }

  private void take(Step step) {
    trace.add(step.name());
    step.action().run();
  }

  /** Rounds of {@code run --once} by every process in turn until {@code quietRounds} in a row performed nothing. */
  private void settle(int quietRounds) {
    int quiet = 0;
    for (int round = 1; round <= MAX_SETTLE_ROUNDS; round++) {
      boolean allQuiet = true;
      for (int i = 0; i < configs.size(); i++) {
        allQuiet &= runOnce(i);
      }
      quiet = allQuiet ? quiet + 1 : 0;
      if (quiet == quietRounds) {
        return;
      }
    }
    throw new AssertionError("the processes did not settle after " + MAX_SETTLE_ROUNDS + " rounds of run --once");
  }

  /** One {@code run --once} to its end; whether it completed every stream without performing anything. */
  private boolean runOnce(int process) {
    Child child = cli.start("once-" + (process + 1), "run", "--once", "--config", configs.get(process).toString());
    int exit = cli.awaitExit(child, RUN_ONCE_LIMIT);
    runsOnce++;
    String output = child.output();
    Matcher stream = PERFORMED.matcher(output);
    int streams = 0;
    int performed = 0;
    boolean stoppedEarly = false;
    while (stream.find()) {
      streams++;
      performed += Integer.parseInt(stream.group(2));
      stoppedEarly |= !stream.group(3).isEmpty();
    }
    if (streams != 3) {
      throw new AssertionError(child.name() + " printed no report of its three streams (exit " + exit + "):\n" + output);
    }
    trace.add(child.name() + ": " + performed + " performed" + (stoppedEarly ? ", stopped early" : ""));
    return exit == 0 && performed == 0 && !stoppedEarly;
  }

  private static long millis(long value) {
    return Duration.ofMillis(value).toNanos();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }
}
