package io.workbridge.sync.mapping;

import java.util.Locale;

/**
 * Turns a vendor-given name (alert type, severity, trade, standard job type) into a lookup key that
 * ignores case, spacing and punctuation, so {@code "Service Request - Normal"} finds
 * {@code "Service Request-Normal"}.
 */
final class NameKey {

  private NameKey() {}

  /** The key of {@code name}: lower-case letters and digits only. */
  static String of(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
