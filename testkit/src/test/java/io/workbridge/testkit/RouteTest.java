package io.workbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {

  private static final Handler NONE = request -> SimResponse.noContent();

  @Test
  void match_templateWithParams_extractsDecodedValues() {
    Route route = new Route("get", "/crm/v2/tenant/{tenant}/customers/{id}", NONE, true);

    assertThat(route.method()).isEqualTo("GET");
    assertThat(route.match(List.of("crm", "v2", "tenant", "12", "customers", "a b")))
        .contains(Map.of("tenant", "12", "id", "a b"));
    assertThat(route.match(List.of("crm", "v2", "tenant", "12", "customers"))).isEmpty();
    assertThat(route.match(List.of("crm", "v2", "tenant", "12", "locations", "1"))).isEmpty();
  }

  @Test
  void match_odataKeyInsideSegment_extractsParam() {
    Route route = new Route("GET", "/v3/odata/workorders({id})/notes", NONE, true);

    assertThat(route.match(List.of("v3", "odata", "workorders(2001)", "notes")))
        .contains(Map.of("id", "2001"));
    assertThat(route.match(List.of("v3", "odata", "workorders", "notes"))).isEmpty();
    assertThat(route.match(List.of("v3", "odata", "workorders(1)x", "notes"))).isEmpty();
  }

  @Test
  void resolve_odataCollectionAndEntity_distinct() {
    Router router = new Router();
    Route collection = new Route("GET", "/v3/odata/workorders", NONE, true);
    Route entity = new Route("GET", "/v3/odata/workorders({id})", NONE, true);
    router.add(collection);
    router.add(entity);

    assertThat(router.resolve("GET", List.of("v3", "odata", "workorders")).route()).isSameAs(collection);
    Router.Match match = router.resolve("GET", List.of("v3", "odata", "workorders(7)"));
    assertThat(match.route()).isSameAs(entity);
    assertThat(match.params()).containsEntry("id", "7");
  }

  @Test
  void match_emptySegmentForParam_noMatch() {
    Route route = new Route("GET", "/v3/workorders/{id}", NONE, true);

    assertThat(route.match(List.of("v3", "workorders", ""))).isEmpty();
  }

  @Test
  void resolve_literalBeatsParam_regardlessOfOrder() {
    Router router = new Router();
    Route byId = new Route("GET", "/jpm/v2/tenant/{tenant}/jobs/{id}", NONE, true);
    Route export = new Route("GET", "/jpm/v2/tenant/{tenant}/jobs/export", NONE, true);
    router.add(byId);
    router.add(export);

    assertThat(router.resolve("GET", List.of("jpm", "v2", "tenant", "1", "jobs", "export")).route())
        .isSameAs(export);
    assertThat(router.resolve("GET", List.of("jpm", "v2", "tenant", "1", "jobs", "7")).route())
        .isSameAs(byId);
  }

  @Test
  void resolve_trailingSlash_matchesSameRoute() {
    Router router = new Router();
    Route route = new Route("GET", "/v1/accounts", NONE, true);
    router.add(route);

    assertThat(router.resolve("GET", List.of("v1", "accounts", "")).route()).isSameAs(route);
  }

  @Test
  void resolve_knownPathWrongMethod_reportsPathKnownWithoutRoute() {
    Router router = new Router();
    router.add(new Route("GET", "/v1/accounts", NONE, true));

    Router.Match match = router.resolve("DELETE", List.of("v1", "accounts"));

    assertThat(match.route()).isNull();
    assertThat(match.pathKnown()).isTrue();
    assertThat(router.resolve("GET", List.of("v1", "other")).pathKnown()).isFalse();
  }

  @Test
  void add_duplicateRoute_rejected() {
    Router router = new Router();
    router.add(new Route("GET", "/v1/{a}", NONE, true));

    assertThatThrownBy(() -> router.add(new Route("GET", "/v1/{b}", NONE, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate route");
  }

  @Test
  void create_templateWithoutLeadingSlash_rejected() {
    assertThatThrownBy(() -> new Route("GET", "v1/x", NONE, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
