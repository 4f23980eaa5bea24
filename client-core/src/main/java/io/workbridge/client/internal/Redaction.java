package io.workbridge.client.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks credentials in headers, JSON and form bodies before anything is logged or put in an exception. */
public final class Redaction {
  /** What a masked value is replaced with. */
  public static final String MASK = "****";

  private static final int EXCERPT_LIMIT = 512;
  private static final Set<String> SENSITIVE_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "st-app-key", "sign-data");
  private static final Pattern SENSITIVE_WORD =
      Pattern.compile("key|secret|token|password|pin|signature", Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_SECRET_FIELD =
      Pattern.compile(
          "(\"(?i:access_token|refresh_token|client_secret|password|pin|token|secret|app_?key|"
              + "apiKey|signature)\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");
  /**
   * A PIN written into free text, such as the IVR check-in block of a booking summary ({@code "IVR PIN:
   * 4321"}): the value up to the next blank, quote, comma or JSON escape.
   */
  private static final Pattern TEXT_PIN = Pattern.compile("(\\b(?i:pin)\\s*[:=]\\s*)[^\\s\",\\\\]+");
  private static final Pattern FORM_SECRET_FIELD =
      Pattern.compile(
          "((?:^|&)(?i:access_token|refresh_token|client_secret|password|pin|token|secret)=)[^&]*");

  private Redaction() {}

  /** Whether a header's value must never be shown. */
  public static boolean isSensitiveHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SENSITIVE_HEADERS.contains(lower) || SENSITIVE_WORD.matcher(lower).find();
  }

  /** The body with secret JSON fields, form fields and PINs written into text masked. */
  public static String maskBody(String body) {
    Matcher json = JSON_SECRET_FIELD.matcher(body);
    String masked = json.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "\"" + MASK + "\""));
    masked = FORM_SECRET_FIELD.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
    return TEXT_PIN.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
  }

  /** At most 512 characters of the masked body, for exception messages. */
  public static String excerpt(String body) {
    String masked = maskBody(body);
    return masked.length() <= EXCERPT_LIMIT ? masked : masked.substring(0, EXCERPT_LIMIT) + "…";
  }
}
