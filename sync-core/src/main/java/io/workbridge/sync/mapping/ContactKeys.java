package io.workbridge.sync.mapping;

import io.workbridge.sync.model.Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalised comparison keys for phones, e-mails, addresses and names (LD-8). Digits and words are picked
 * out by hand-written scans: the keys are computed for every candidate of a customer search, and a regular
 * expression per key costs more than the comparison. Only unit words still go through a (precompiled)
 * pattern.
 */
final class ContactKeys {
  private static final Pattern UNIT_WORDS = Pattern.compile("(?i)\\b(apt|apartment|suite|ste|unit)\\b");

  /** Unicode categories of word characters: letters ({@code \p{L}}) and numbers ({@code \p{N}}). */
  private static final int WORD_CATEGORIES =
      1 << Character.UPPERCASE_LETTER
          | 1 << Character.LOWERCASE_LETTER
          | 1 << Character.TITLECASE_LETTER
          | 1 << Character.MODIFIER_LETTER
          | 1 << Character.OTHER_LETTER
          | 1 << Character.DECIMAL_DIGIT_NUMBER
          | 1 << Character.LETTER_NUMBER
          | 1 << Character.OTHER_NUMBER;

  private static final int ZIP_DIGITS = 5;

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

  /** The full street words each abbreviation stands for, e.g. "ave" for "avenue" and "av". */
  private static final Map<String, List<String>> FULL_STREET_WORDS = fullStreetWords();

  private ContactKeys() {}

  /**
   * The national digits of a phone number: digits only, a leading North American country code 1
   * dropped from 11-digit numbers. Empty when fewer than 7 digits remain.
   */
  static Optional<String> phone(String phone) {
    return Optional.ofNullable(phoneKey(phone));
  }

  /** As {@link #phone(String)}, null for empty. */
  static @Nullable String phoneKey(String phone) {
    String digits = asciiDigits(phone, Integer.MAX_VALUE);
    if (digits.length() == 11 && digits.charAt(0) == '1') {
      digits = digits.substring(1);
    }
    return digits.length() >= 7 ? digits : null;
  }

  /** An e-mail address trimmed and lower-cased; empty unless it contains an {@code @}. */
  static Optional<String> email(String email) {
    return Optional.ofNullable(emailKey(email));
  }

  /** As {@link #email(String)}, null for empty. */
  static @Nullable String emailKey(String email) {
    String key = email.strip().toLowerCase(Locale.ROOT);
    return key.indexOf('@') > 0 ? key : null;
  }

  /**
   * Street words with common suffixes and directions abbreviated, unit letters and digits, and the
   * five-digit zip; empty when the street or zip is blank.
   */
  static Optional<String> address(Address address) {
    String street = streetKey(address.street());
    String zip = zipKey(address.zip());
    if (street.isEmpty() || zip == null) {
      return Optional.empty();
    }
    return Optional.of(street + "|" + unitKey(address.unit()) + "|" + zip);
  }

  /** The street's words lower-cased, suffixes and directions abbreviated, joined by single spaces. */
  static String streetKey(String street) {
    return String.join(" ", streetWords(street));
  }

  /** The words of {@link #streetKey}: the street's words lower-cased, suffixes and directions abbreviated. */
  static List<String> streetWords(String street) {
    List<String> words = words(street);
    words.replaceAll(word -> STREET_WORDS.getOrDefault(word, word));
    return words;
  }

  /**
   * Whether {@link #streetKey(String) street's key} consists of {@code keyWords} (a {@link #streetWords}
   * result). For an ASCII street the words are compared where they stand, without building the key.
   */
  static boolean sameStreet(String street, List<String> keyWords) {
    if (!isAscii(street)) {
      return streetWords(street).equals(keyWords);
    }
    int word = 0;
    int i = 0;
    int length = street.length();
    while (true) {
      while (i < length && !isWordCharacter(street.charAt(i))) {
        i++;
      }
      if (i == length) {
        return word == keyWords.size();
      }
      int start = i;
      while (i < length && isWordCharacter(street.charAt(i))) {
        i++;
      }
      if (word == keyWords.size() || !abbreviatesTo(street, start, i, keyWords.get(word))) {
        return false;
      }
      word++;
    }
  }

  /** Whether the ASCII word {@code text[start, end)}, lower-cased and abbreviated, is {@code expected}. */
  private static boolean abbreviatesTo(String text, int start, int end, String expected) {
    if (asciiLowerCaseEquals(text, start, end, expected)) {
      return !STREET_WORDS.containsKey(expected); // else it would have been abbreviated
    }
    for (String full : FULL_STREET_WORDS.getOrDefault(expected, List.of())) {
      if (asciiLowerCaseEquals(text, start, end, full)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLowerCaseEquals(String text, int start, int end, String expected) {
    if (end - start != expected.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != expected.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@link #zipKey(String) zip's key} is {@code key} (five digits), without building it. */
  static boolean sameZip(String zip, String key) {
    int digits = 0;
    for (int i = 0; i < zip.length() && digits < ZIP_DIGITS; i++) {
      char c = zip.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != key.charAt(digits)) {
          return false;
        }
        digits++;
      }
    }
    return digits == ZIP_DIGITS;
  }

  /** Whether {@link #phoneKey(String) phone's key} is {@code key} (not null), without building it. */
  static boolean samePhone(String phone, String key) {
    int digits = 0;
    int first = -1;
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        if (first < 0) {
          first = i;
        }
        digits++;
      }
    }
    int skip = digits == 11 && phone.charAt(first) == '1' ? 1 : 0;
    if (digits - skip != key.length()) {
      return false;
    }
    int matched = -skip;
    for (int i = first; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        if (matched >= 0 && c != key.charAt(matched)) {
          return false;
        }
        matched++;
      }
    }
    return true;
  }

  /** The first five digits of a zip code; null when it has fewer. */
  static @Nullable String zipKey(String zip) {
    String digits = asciiDigits(zip, ZIP_DIGITS);
    return digits.length() == ZIP_DIGITS ? digits : null;
  }

  /** The unit's letters and digits, lower-cased, without the words "apt", "apartment", "suite", "ste", "unit". */
  static String unitKey(Optional<String> unit) {
    if (unit.isEmpty()) {
      return "";
    }
    String text = UNIT_WORDS.matcher(unit.get()).replaceAll("");
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        key.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Name words lower-cased and sorted, so "Doe, Jane" equals "jane doe". */
  static Optional<String> name(String name) {
    List<String> words = nameWords(name);
    return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
  }

  /** The words of {@link #name(String)}, sorted; empty for a name without letters or digits. */
  static List<String> nameWords(String name) {
    List<String> words = words(name);
    Collections.sort(words);
    return words;
  }

  /**
   * The words of a text lower-cased: the runs of letters and digits (any script) between other characters.
   * The whole text is lower-cased first, as lower-casing may turn one character into several.
   */
  static List<String> words(String text) {
    String lower = isAscii(text) ? text : text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>(4);
    int start = -1;
    int i = 0;
    while (i < lower.length()) {
      int codePoint = lower.codePointAt(i);
      if (isWordCharacter(codePoint)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(asciiLowerCase(lower.substring(start, i)));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      words.add(asciiLowerCase(lower.substring(start)));
    }
    return words;
  }

  /**
   * How many words {@link #words} finds in an ASCII text and how many characters they have together, packed
   * in a long (words in the high half); -1 for a text with other characters. Two names of different shapes
   * cannot have the same key, and the shape costs no allocation.
   */
  static long asciiWordShape(String text) {
    int words = 0;
    int characters = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      boolean word = isWordCharacter(c);
      if (word) {
        characters++;
        if (!inWord) {
          words++;
        }
      }
      inWord = word;
    }
    return ((long) words << 32) | characters;
  }

  private static Map<String, List<String>> fullStreetWords() {
    Map<String, List<String>> full = new HashMap<>();
    STREET_WORDS.forEach((word, abbreviation) -> full.computeIfAbsent(abbreviation, a -> new ArrayList<>()).add(word));
    full.replaceAll((abbreviation, words) -> List.copyOf(words));
    return Map.copyOf(full);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII word lower-cased (a word of a text already lower-cased comes back as it is). */
  private static String asciiLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    return word;
  }

  private static boolean isWordCharacter(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z')
          || (codePoint >= '0' && codePoint <= '9')
          || (codePoint >= 'A' && codePoint <= 'Z');
    }
    return (WORD_CATEGORIES & (1 << Character.getType(codePoint))) != 0;
  }

  /** The ASCII digits of {@code text}, at most {@code limit} of them. */
  private static String asciiDigits(String text, int limit) {
    StringBuilder digits = new StringBuilder(Math.min(text.length(), limit));
    for (int i = 0; i < text.length() && digits.length() < limit; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
