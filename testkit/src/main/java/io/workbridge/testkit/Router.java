package io.workbridge.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Finds the route for a method and path; the most specific template wins. */
final class Router {

  /** The result of a lookup: a route with its parameters, or why none matched. */
  record Match(@Nullable Route route, Map<String, String> params, boolean pathKnown) {}

  private final List<Route> routes = new CopyOnWriteArrayList<>();

  void add(Route route) {
    for (Route existing : routes) {
      if (existing.method().equals(route.method())
          && existing.shape().equals(route.shape())) {
        throw new IllegalArgumentException(
            "Duplicate route " + route.method() + " " + route.template());
      }
    }
    routes.add(route);
  }

  List<Route> routes() {
    return List.copyOf(routes);
  }

  Match resolve(String method, List<String> pathSegments) {
    List<String> segments = new ArrayList<>(pathSegments);
    if (segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    Route best = null;
    Map<String, String> bestParams = Map.of();
    boolean pathKnown = false;
    for (Route route : routes) {
      Optional<Map<String, String>> params = route.match(segments);
      if (params.isEmpty()) {
        continue;
      }
      pathKnown = true;
      if (!route.method().equals(method)) {
        continue;
      }
      if (best == null || route.compareSpecificity(best) < 0) {
        best = route;
        bestParams = params.get();
      }
    }
    return new Match(best, bestParams, pathKnown);
  }
}
