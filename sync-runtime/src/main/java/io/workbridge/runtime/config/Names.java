package io.workbridge.runtime.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the configuration file spells enum constants: lower camel case ({@code PURCHASE_NUMBER} → {@code purchaseNumber}). */
final class Names {
  private Names() {}

  /** The file's spelling of a constant. */
  static String camel(Enum<?> constant) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : constant.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** The constant the file names, compared ignoring case, {@code _} and {@code -}. */
  static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
    String wanted = squash(text);
    for (E constant : type.getEnumConstants()) {
      if (squash(constant.name()).equals(wanted)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** Every constant's spelling, in declaration order. */
  static <E extends Enum<E>> List<String> choices(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(camel(constant));
    }
    return names;
  }

  private static String squash(String text) {
    return text.strip().replace("_", "").replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The candidate nearest to {@code word} by edit distance (ignoring case), when it is near enough to be a
   * likely misspelling: at most a third of the word's length, and at least 2 edits allowed.
   */
  static Optional<String> nearest(String word, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, word.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, with a transposition counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
