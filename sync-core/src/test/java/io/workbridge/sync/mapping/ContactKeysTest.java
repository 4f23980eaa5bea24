package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.Address;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContactKeysTest {

  /** Texts with punctuation, several separators, other scripts and characters that change length in lower case. */
  private static final List<String> AWKWARD =
      List.of(
          "", "   ", "Jane Doe", "  Doe,  Jane  ", "O'Brien-Smith, Zoë", "jane_doe", "Ｊａｎｅ Ｄｏｅ", "İpek Şahin",
          "Straße 5", "ǅemal Ⅻ", "José  ②  Ñúñez", "李 小龍", "\uD835\uDC00bc 12", "a\u0301b", "12 N. Main St.",
          "1600 Pennsylvania Avenue NW", "North-East 5th Avenue", "350 FIFTH AV", "Rue d'Alésia, 3ᵉ",
          "12 North Main Street", "12 n main st", "12 MAIN ST N", "12 Nor Main St", "12 n main", "ave Avenue AV",
          "AV AVE avenue", "st street", "N", "north", "NORTH.", "Ⅻ north", "12 N Maın St", "+1 (214) 555-0100",
          "1-214-555-0100 ext 1", "44 20 7946 0958", "75001-1234", "7500", "zip 7 5 0 0 1");

  static List<String> awkward() {
    return AWKWARD;
  }

  @Test
  void name_wordsInAnyOrderCaseAndPunctuationIgnored() {
    assertThat(ContactKeys.name("  Doe,  Jane ")).contains("doe jane");
    assertThat(ContactKeys.name("O'Brien-Smith, Zoë")).contains("brien o smith zoë");
    assertThat(ContactKeys.name("jane_doe")).contains("doe jane");
    assertThat(ContactKeys.name(" - ")).isEmpty();
  }

  @Test
  void name_otherScriptsAndLengthChangingLowerCase() {
    assertThat(ContactKeys.name("李 小龍")).contains("小龍 李");
    // "İ" lower-cases to "i" and a combining dot, which is no letter: it separates words.
    assertThat(ContactKeys.name("İpek")).contains("i pek");
  }

  @Test
  void address_streetWordsAbbreviatedUnitLettersAndDigitsFiveDigitZip() {
    Address address =
        Address.builder()
            .street("1600 Pennsylvania Avenue North-West")
            .unit("Suite #4B")
            .city("Washington")
            .state("DC")
            .zip("20500-0003")
            .build();
    assertThat(ContactKeys.address(address)).contains("1600 pennsylvania ave n w|4b|20500");
  }

  @Test
  void address_unitWordsOnlyAsWholeWords() {
    assertThat(ContactKeys.unitKey(Optional.of("Apartment"))).isEmpty();
    assertThat(ContactKeys.unitKey(Optional.of("UNIT 7-c"))).isEqualTo("7c");
    assertThat(ContactKeys.unitKey(Optional.of("Unitary 5"))).isEqualTo("unitary5");
    assertThat(ContactKeys.unitKey(Optional.empty())).isEmpty();
  }

  @Test
  void address_shortZipOrNoStreetWords_hasNoKey() {
    Address.Builder base = Address.builder().city("Dallas").state("TX");
    assertThat(ContactKeys.address(base.street("12 Main St").zip("750-0").build())).isEmpty();
    assertThat(ContactKeys.address(base.street(" , ").zip("75001").build())).isEmpty();
    assertThat(ContactKeys.address(base.street("12 Main St").zip("75 00 1").build()))
        .contains("12 main st||75001");
  }

  @Test
  void phone_elevenDigitsWithoutLeadingOne_keepsThemAll() {
    assertThat(ContactKeys.phone("+44 20 7946 0958")).contains("442079460958");
    assertThat(ContactKeys.phone("2 14 555 0100 9")).contains("21455501009");
    assertThat(ContactKeys.phone("1-214-555-0100")).contains("2145550100");
    assertThat(ContactKeys.phone("１２３４５６７")).isEmpty(); // full-width digits are not ASCII digits
  }

  @Test
  void email_trimmedAndLowerCased() {
    assertThat(ContactKeys.email("  Jane.Doe@Example.COM\t")).contains("jane.doe@example.com");
    assertThat(ContactKeys.email("@example.com")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("awkward")
  void keys_agreeWithTheirRegularExpressionDefinitions(String text) {
    assertThat(ContactKeys.name(text)).isEqualTo(Definitions.name(text));
    assertThat(ContactKeys.streetKey(text)).isEqualTo(Definitions.street(text));
    assertThat(ContactKeys.phone(text)).isEqualTo(Definitions.phone(text));
    assertThat(ContactKeys.phone(text + " 214 555 0100")).isEqualTo(Definitions.phone(text + " 214 555 0100"));
    assertThat(ContactKeys.zipKey(text)).isEqualTo(Definitions.zip(text));
    assertThat(ContactKeys.zipKey(text + "75001")).isEqualTo(Definitions.zip(text + "75001"));
  }

  @ParameterizedTest
  @MethodSource("awkward")
  void comparisonsInPlace_agreeWithComparingTheKeys(String text) {
    for (String other : AWKWARD) {
      assertThat(ContactKeys.sameStreet(text, ContactKeys.streetWords(other)))
          .as("street %s / %s", text, other)
          .isEqualTo(ContactKeys.streetKey(text).equals(ContactKeys.streetKey(other)));
    }
    for (String key : List.of("2145550100", "42079460958", "5550100", "2079460958")) {
      assertThat(ContactKeys.samePhone(text, key)).as("phone %s / %s", text, key)
          .isEqualTo(key.equals(ContactKeys.phoneKey(text)));
    }
    for (String key : List.of("75001", "21455", "44207")) {
      assertThat(ContactKeys.sameZip(text, key)).as("zip %s / %s", text, key)
          .isEqualTo(key.equals(ContactKeys.zipKey(text)));
    }
  }

  /** The keys as first written, with regular expressions: what the scans must reproduce. */
  private static final class Definitions {
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> SOME_STREET_WORDS =
        Map.of("street", "st", "avenue", "ave", "av", "ave", "north", "n", "west", "w", "east", "e");

    static Optional<String> name(String name) {
      String key =
          Arrays.stream(WORD_SEPARATORS.split(name.toLowerCase(Locale.ROOT)))
              .filter(w -> !w.isEmpty())
              .sorted()
              .collect(Collectors.joining(" "));
      return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    static String street(String text) {
      return Arrays.stream(WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
          .filter(w -> !w.isEmpty())
          .map(w -> SOME_STREET_WORDS.getOrDefault(w, w))
          .collect(Collectors.joining(" "));
    }

    static Optional<String> phone(String phone) {
      String digits = NON_DIGITS.matcher(phone).replaceAll("");
      if (digits.length() == 11 && digits.startsWith("1")) {
        digits = digits.substring(1);
      }
      return digits.length() >= 7 ? Optional.of(digits) : Optional.empty();
    }

    static String zip(String zip) {
      String digits = NON_DIGITS.matcher(zip).replaceAll("");
      return digits.length() < 5 ? null : digits.substring(0, 5);
    }
  }
}
