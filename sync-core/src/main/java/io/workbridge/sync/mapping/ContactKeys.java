package io.workbridge.sync.mapping;

import io.workbridge.sync.model.Address;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Normalised comparison keys for phones, e-mails, addresses and names (LD-8). */
final class ContactKeys {
  private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");
  private static final Pattern UNIT_WORDS = Pattern.compile("(?i)\\b(apt|apartment|suite|ste|unit)\\b");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Map<String, String> STREET_WORDS =
      Map.ofEntries(
          Map.entry("street", "st"),
          Map.entry("avenue", "ave"),
          Map.entry("av", "ave"),
          Map.entry("road", "rd"),
          Map.entry("drive", "dr"),
          Map.entry("boulevard", "blvd"),
          Map.entry("lane", "ln"),
          Map.entry("court", "ct"),
          Map.entry("place", "pl"),
          Map.entry("terrace", "ter"),
          Map.entry("parkway", "pkwy"),
          Map.entry("highway", "hwy"),
          Map.entry("circle", "cir"),
          Map.entry("square", "sq"),
          Map.entry("north", "n"),
          Map.entry("south", "s"),
          Map.entry("east", "e"),
          Map.entry("west", "w"),
          Map.entry("northeast", "ne"),
          Map.entry("northwest", "nw"),
          Map.entry("southeast", "se"),
          Map.entry("southwest", "sw"));

  private ContactKeys() {}

  /**
   * The national digits of a phone number: digits only, a leading North American country code 1
   * dropped from 11-digit numbers. Empty when fewer than 7 digits remain.
   */
  static Optional<String> phone(String phone) {
    String digits = NON_DIGITS.matcher(phone).replaceAll("");
    if (digits.length() == 11 && digits.startsWith("1")) {
      digits = digits.substring(1);
    }
    return digits.length() >= 7 ? Optional.of(digits) : Optional.empty();
  }

  /** An e-mail address trimmed and lower-cased; empty unless it contains an {@code @}. */
  static Optional<String> email(String email) {
    String key = email.strip().toLowerCase(Locale.ROOT);
    return key.indexOf('@') > 0 ? Optional.of(key) : Optional.empty();
  }

  /**
   * Street words with common suffixes and directions abbreviated, unit letters and digits, and the
   * five-digit zip; empty when the street or zip is blank.
   */
  static Optional<String> address(Address address) {
    String street = words(address.street());
    String zip = NON_DIGITS.matcher(address.zip()).replaceAll("");
    if (street.isEmpty() || zip.length() < 5) {
      return Optional.empty();
    }
    String unit = address.unit().map(u -> UNIT_WORDS.matcher(u).replaceAll(""))
        .map(u -> NON_ALPHANUMERIC.matcher(u).replaceAll("").toLowerCase(Locale.ROOT))
        .orElse("");
    return Optional.of(street + "|" + unit + "|" + zip.substring(0, 5));
  }

  /** Name words lower-cased and sorted, so "Doe, Jane" equals "jane doe". */
  static Optional<String> name(String name) {
    String key =
        Arrays.stream(WORD_SEPARATORS.split(name.toLowerCase(Locale.ROOT)))
            .filter(w -> !w.isEmpty())
            .sorted()
            .collect(Collectors.joining(" "));
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  private static String words(String text) {
    return Arrays.stream(WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> !w.isEmpty())
        .map(w -> STREET_WORDS.getOrDefault(w, w))
        .collect(Collectors.joining(" "));
  }
}
