package io.workbridge.benchmarks.e2e;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * One kind of API call: system, HTTP method and path template ({@code /crm/v2/tenant/{tenant}/bookings/{id}}).
 *
 * @param system the system called
 * @param method the HTTP method
 * @param pathTemplate the path with ids replaced by placeholders
 * @param token whether it is a call to the system's OAuth token endpoint (outside the API rate limits)
 */
record CallType(RemoteSystem system, String method, String pathTemplate, boolean token) {
  /** Orders by system, then path, then method. */
  static final Comparator<CallType> ORDER =
      Comparator.comparing(CallType::system).thenComparing(CallType::pathTemplate).thenComparing(CallType::method);

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern ODATA_KEY = Pattern.compile("(\\(|%28)\\d+(\\)|%29)");

  /**
   * The template of an encoded path: the segment after {@code tenant} becomes {@code {tenant}}, numeric
   * segments {@code {id}}, OData keys {@code (…)} {@code ({id})}.
   *
   * @param encodedPath the path as received
   * @return the template
   */
  static String template(String encodedPath) {
    String[] segments = encodedPath.split("/", -1);
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (i > 0) {
        template.append('/');
      }
      if (i > 0 && segments[i - 1].equals("tenant") && NUMBER.matcher(segment).matches()) {
        template.append("{tenant}");
      } else if (NUMBER.matcher(segment).matches()) {
        template.append("{id}");
      } else {
        template.append(ODATA_KEY.matcher(segment).replaceAll("({id})"));
      }
    }
    return template.toString();
  }

  /** The call as printed, e.g. {@code POST /crm/v2/tenant/{tenant}/bookings}. */
  String describe() {
    return method + " " + pathTemplate;
  }
}
