package io.workbridge.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route: an HTTP method and a path template such as {@code /crm/v2/tenant/{tenant}/customers/{id}}.
 * A segment that is exactly {@code {name}} matches one whole path segment; parameters may also sit inside
 * literal text, as OData keys do ({@code /v3/odata/workorders({id})/notes}); literal text matches exactly
 * (case-sensitive). Values are decoded.
 *
 * @param method the HTTP method, upper case
 * @param template the path template, starting with {@code /}
 * @param handler the handler
 * @param authenticated whether a valid bearer token is required
 */
public record Route(String method, String template, Handler handler, boolean authenticated) {

  private static final Pattern EMBEDDED_PARAM = Pattern.compile("\\{([^/{}]+)\\}");

  /**
   * Normalises the method and checks the template.
   *
   * @param method the HTTP method, upper case
   * @param template the path template, starting with {@code /}
   * @param handler the handler
   * @param authenticated whether a valid bearer token is required
   */
  public Route {
    method = method.toUpperCase(Locale.ROOT);
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("Route template must start with '/': " + template);
    }
  }

  /**
   * The template split into segments.
   *
   * @return the segments
   */
  public List<String> segments() {
    return split(template);
  }

  /**
   * The template with parameter names erased, to detect two templates that match the same paths.
   *
   * @return the segments, each parameter written as {@code {}}
   */
  List<String> shape() {
    List<String> shape = new ArrayList<>();
    for (String segment : segments()) {
      shape.add(isParam(segment) ? "{}" : segment);
    }
    return shape;
  }

  /**
   * Matches decoded path segments against the template.
   *
   * @param pathSegments the request's decoded path segments
   * @return the path parameters when the path matches
   */
  public Optional<Map<String, String>> match(List<String> pathSegments) {
    List<String> segments = segments();
    if (segments.size() != pathSegments.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      String actual = pathSegments.get(i);
      if (isParam(segment)) {
        if (actual.isEmpty()) {
          return Optional.empty();
        }
        params.put(segment.substring(1, segment.length() - 1), actual);
      } else if (segment.indexOf('{') >= 0) {
        if (!matchEmbedded(segment, actual, params)) {
          return Optional.empty();
        }
      } else if (!segment.equals(actual)) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /**
   * Compares specificity: a literal segment beats a parameter at the first position they differ.
   *
   * @param other another route matching the same path
   * @return negative when this route is more specific
   */
  int compareSpecificity(Route other) {
    List<String> mine = segments();
    List<String> theirs = other.segments();
    for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
      boolean myParam = isParam(mine.get(i));
      boolean theirParam = isParam(theirs.get(i));
      if (myParam != theirParam) {
        return myParam ? 1 : -1;
      }
    }
    return 0;
  }

  /** Matches a segment with parameters inside literal text, e.g. {@code workorders({id})}. */
  private static boolean matchEmbedded(String segment, String actual, Map<String, String> params) {
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher matcher = EMBEDDED_PARAM.matcher(segment);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(segment.substring(last, matcher.start()))).append("(.+?)");
      names.add(matcher.group(1));
      last = matcher.end();
    }
    regex.append(Pattern.quote(segment.substring(last)));
    Matcher found = Pattern.compile(regex.toString()).matcher(actual);
    if (!found.matches()) {
      return false;
    }
    for (int i = 0; i < names.size(); i++) {
      params.put(names.get(i), found.group(i + 1));
    }
    return true;
  }

  static List<String> split(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.substring(1).split("/", -1)) {
      segments.add(segment);
    }
    if (segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    return segments;
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }
}
