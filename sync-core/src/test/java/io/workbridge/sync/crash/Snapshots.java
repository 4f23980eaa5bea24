package io.workbridge.sync.crash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compares two remote-state snapshots line by line and describes how they differ. */
final class Snapshots {
  private static final int SHOWN = 15;

  private Snapshots() {}

  /**
   * Describes the difference between {@code expected} and {@code actual}: lines only in one of them
   * (duplicates counted), or, if they hold the same lines, the first position where the order
   * differs. Empty if they are equal.
   */
  static String difference(String expected, String actual) {
    if (expected.equals(actual)) {
      return "";
    }
    List<String> want = Arrays.asList(expected.split("\n"));
    List<String> got = Arrays.asList(actual.split("\n"));
    Map<String, Integer> balance = new HashMap<>();
    want.forEach(line -> balance.merge(line, 1, Integer::sum));
    got.forEach(line -> balance.merge(line, -1, Integer::sum));
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    balance.forEach(
        (line, count) -> {
          for (int i = 0; i < Math.abs(count); i++) {
            (count > 0 ? missing : extra).add(line);
          }
        });
    StringBuilder out = new StringBuilder();
    if (!missing.isEmpty() || !extra.isEmpty()) {
      out.append(missing.size()).append(" line(s) missing, ").append(extra.size()).append(" extra");
      missing.stream().sorted().limit(SHOWN).forEach(line -> out.append("\n  - ").append(line));
      extra.stream().sorted().limit(SHOWN).forEach(line -> out.append("\n  + ").append(line));
      return out.toString();
    }
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equals(got.get(i))) {
        return "same lines in another order, first at line "
            + (i + 1)
            + ":\n  expected: "
            + want.get(i)
            + "\n  actual:   "
            + got.get(i);
      }
    }
    return "differs only in line endings";
  }
}
