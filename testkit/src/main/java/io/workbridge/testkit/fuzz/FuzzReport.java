package io.workbridge.testkit.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ResponseFuzzer} run found: per operation, the cases served and decoded, and every failure
 * with the deviation that explains it, if one does.
 */
public final class FuzzReport {
  private static final int SHOWN_FAILURES = 40;

  /**
   * A case the client did not decode.
   *
   * @param operation the operation's name
   * @param fuzzCase the answer served
   * @param problem what the client threw (type, message, cause), or the harness problem
   * @param explainedBy the deviation that documents it, if any
   */
  public record Failure(
      String operation, ResponseCase fuzzCase, String problem, @Nullable Deviation explainedBy) {

    /** {@return the deviation that documents this failure, if any} */
    public Optional<Deviation> explanation() {
      return Optional.ofNullable(explainedBy);
    }
  }

  /**
   * One operation's results.
   *
   * @param operation the operation's name
   * @param cases how many cases were served
   * @param failures the cases it did not decode
   */
  public record OperationResult(String operation, int cases, List<Failure> failures) {

    /**
     * Copies the list.
     *
     * @param operation the operation's name
     * @param cases how many cases were served
     * @param failures the cases it did not decode
     */
    public OperationResult {
      failures = List.copyOf(failures);
    }

    /** {@return how many cases decoded} */
    public int decoded() {
      return cases - failures.size();
    }
  }

  private final String system;
  private final long seed;
  private final List<OperationResult> operations;
  private final List<Deviation> deviations;
  private final boolean staleDeviationsFail;

  FuzzReport(
      String system, long seed, List<OperationResult> operations, List<Deviation> deviations,
      boolean staleDeviationsFail) {
    this.system = Objects.requireNonNull(system, "system");
    this.seed = seed;
    this.operations = List.copyOf(operations);
    this.deviations = List.copyOf(deviations);
    this.staleDeviationsFail = staleDeviationsFail;
  }

  /** {@return the seed of the run} */
  public long seed() {
    return seed;
  }

  /** {@return results per operation, in the order run} */
  public List<OperationResult> operations() {
    return operations;
  }

  /** {@return all cases served} */
  public int totalCases() {
    return operations.stream().mapToInt(OperationResult::cases).sum();
  }

  /** {@return failures no deviation explains} */
  public List<Failure> unexplained() {
    List<Failure> result = new ArrayList<>();
    operations.forEach(op -> op.failures().stream().filter(f -> f.explainedBy() == null).forEach(result::add));
    return result;
  }

  /** {@return failures a deviation explains} */
  public List<Failure> explained() {
    List<Failure> result = new ArrayList<>();
    operations.forEach(op -> op.failures().stream().filter(f -> f.explainedBy() != null).forEach(result::add));
    return result;
  }

  /** {@return deviations of operations that ran but that explained no failure: stale entries of the list} */
  public List<Deviation> unusedDeviations() {
    List<Deviation> unused = new ArrayList<>();
    for (Deviation deviation : deviations) {
      boolean ran = operations.stream().anyMatch(op -> deviation.covers(op.operation()));
      boolean used = explained().stream().anyMatch(f -> f.explainedBy() == deviation);
      if (ran && !used) {
        unused.add(deviation);
      }
    }
    return unused;
  }

  /**
   * One line: operations × cases, decoded, explained by deviations.
   *
   * @return the summary
   */
  public String summary() {
    return system + ": " + operations.size() + " operations, " + totalCases() + " cases (seed " + seed + "); "
        + (totalCases() - explained().size() - unexplained().size()) + " decoded, " + explained().size()
        + " explained by " + (deviations.size() - unusedDeviations().size()) + " documented deviations, "
        + unexplained().size() + " unexplained";
  }

  /**
   * Fails when a case no deviation explains was not decoded, or when a deviation explained nothing — the
   * latter only with the committed seed: under another seed ({@value ResponseFuzzer#SEED_PROPERTY}) the
   * random cases a deviation was written for may not come up.
   *
   * @throws AssertionError listing the first failures with their cases, and how to re-run them
   */
  public void assertAllDecoded() {
    List<Failure> failures = unexplained();
    List<Deviation> unused = staleDeviationsFail ? unusedDeviations() : List.of();
    if (failures.isEmpty() && unused.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder(summary()).append('\n');
    if (!failures.isEmpty()) {
      text.append("Answers the description allows that the client did not decode, grouped by problem:\n");
      Map<String, List<Failure>> groups = new LinkedHashMap<>();
      failures.forEach(f -> groups.computeIfAbsent(f.operation() + " | " + kind(f.problem()), k -> new ArrayList<>()).add(f));
      int shown = 0;
      for (List<Failure> group : groups.values()) {
        if (shown++ == SHOWN_FAILURES) {
          text.append("… and ").append(groups.size() - SHOWN_FAILURES).append(" more problems\n");
          break;
        }
        Failure first = group.get(0);
        text.append("- ").append(first.operation()).append(", ").append(group.size()).append(" case(s): ")
            .append(group.stream().limit(4).map(f -> f.fuzzCase().label()
                + (f.fuzzCase().withinDescription() ? "" : " (beyond the description)")).toList())
            .append("\n    ").append(first.problem())
            .append("\n    body of ").append(first.fuzzCase().label()).append(": ")
            .append(first.fuzzCase().excerpt(400)).append('\n');
      }
      text.append("Re-run one operation with -D").append(ResponseFuzzer.SEED_PROPERTY).append('=').append(seed)
          .append(" -D").append(ResponseFuzzer.ONLY_PROPERTY).append("=<operation>\n");
    }
    if (!unused.isEmpty()) {
      text.append("Documented deviations that explained nothing (remove or correct them):\n");
      unused.forEach(d -> text.append("- ").append(d).append('\n'));
    }
    throw new AssertionError(text.toString());
  }

  /** A problem without list indexes and causes, so that one defect reads as one group. */
  private static String kind(String problem) {
    int cause = problem.indexOf(" <- caused by");
    String first = cause < 0 ? problem : problem.substring(0, cause);
    return first.replaceAll("\\[\\d+]", "[*]");
  }

  @Override
  public String toString() {
    return summary();
  }
}
