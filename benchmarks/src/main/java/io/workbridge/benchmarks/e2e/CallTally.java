package io.workbridge.benchmarks.e2e;

import io.workbridge.testkit.journal.JournalEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** How many calls of each {@link CallType} were made; immutable. */
final class CallTally {
  /** No calls. */
  static final CallTally NONE = new CallTally(Map.of());

  private final Map<CallType, Integer> counts;

  private CallTally(Map<CallType, Integer> counts) {
    TreeMap<CallType, Integer> sorted = new TreeMap<>(CallType.ORDER);
    sorted.putAll(counts);
    this.counts = java.util.Collections.unmodifiableMap(sorted);
  }

  /**
   * Counts journal entries of one system.
   *
   * @param system the system whose simulator recorded them
   * @param entries the entries
   * @param tokenPath the path of the system's token endpoint
   * @return the tally
   */
  static CallTally of(RemoteSystem system, List<JournalEntry> entries, String tokenPath) {
    Map<CallType, Integer> counts = new TreeMap<>(CallType.ORDER);
    for (JournalEntry entry : entries) {
      CallType type =
          new CallType(system, entry.method(), CallType.template(entry.path()), entry.path().equals(tokenPath));
      counts.merge(type, 1, Integer::sum);
    }
    return new CallTally(counts);
  }

  /** This tally and another added up. */
  CallTally plus(CallTally other) {
    Map<CallType, Integer> sum = new TreeMap<>(CallType.ORDER);
    sum.putAll(counts);
    other.counts.forEach((type, count) -> sum.merge(type, count, Integer::sum));
    return new CallTally(sum);
  }

  /**
   * This tally less {@code times} another (the polling of that many idle cycles), per call type, never below zero.
   *
   * @param other the tally to take away
   * @param times how many times
   * @return what is left
   */
  CallTally minus(CallTally other, int times) {
    Map<CallType, Integer> rest = new TreeMap<>(CallType.ORDER);
    counts.forEach((type, count) -> {
      int left = count - times * other.count(type);
      if (left > 0) {
        rest.put(type, left);
      }
    });
    return new CallTally(rest);
  }

  /** API calls that change something (any method but GET), token calls excluded. */
  int writes() {
    return sum(type -> !type.token() && !type.method().equals("GET"));
  }

  /** API calls that read (GET), token calls excluded. */
  int reads() {
    return sum(type -> !type.token() && type.method().equals("GET"));
  }

  /** Calls to the token endpoints. */
  int tokens() {
    return sum(CallType::token);
  }

  /** The call types seen, in {@link CallType#ORDER}. */
  List<CallType> types() {
    return List.copyOf(counts.keySet());
  }

  /** How many calls of a type were made (0 when none). */
  int count(CallType type) {
    return counts.getOrDefault(type, 0);
  }

  /** Calls of one system, token calls included. */
  int total(RemoteSystem system) {
    return sum(type -> type.system() == system);
  }

  /** Calls of one system to its API, token calls excluded: what its rate limit counts. */
  int apiCalls(RemoteSystem system) {
    return sum(type -> type.system() == system && !type.token());
  }

  /** Calls to one system's token endpoint. */
  int tokenCalls(RemoteSystem system) {
    return sum(type -> type.system() == system && type.token());
  }

  /** Every call, both systems. */
  int total() {
    return sum(type -> true);
  }

  /** Calls with a method and a path template, any system. */
  int count(String method, String pathTemplate) {
    return sum(type -> type.method().equals(method) && type.pathTemplate().equals(pathTemplate));
  }

  private int sum(Predicate<CallType> which) {
    return counts.entrySet().stream().filter(e -> which.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CallTally tally && tally.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    counts.forEach((type, count) -> text.append(type.system().displayName()).append(' ').append(type.describe())
        .append(" ×").append(count).append('\n'));
    return text.toString();
  }
}
