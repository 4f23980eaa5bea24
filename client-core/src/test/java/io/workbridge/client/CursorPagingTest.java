package io.workbridge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.spi.paging.CursorPaging;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CursorPagingTest {

  /** A fake cursor endpoint: answers keyed by the cursor ("" for none). */
  private static final class FakeAlerts implements CursorPaging.Fetcher<String> {
    private final Map<String, CursorPaging.Response<String>> answers = new HashMap<>();
    final List<@Nullable String> requests = new ArrayList<>();

    FakeAlerts answer(@Nullable String cursor, List<String> items, @Nullable String nextCursor) {
      answers.put(cursor == null ? "" : cursor, CursorPaging.Response.of(items, nextCursor));
      return this;
    }

    @Override
    public CursorPaging.Response<String> fetch(@Nullable String cursor) {
      requests.add(cursor);
      CursorPaging.Response<String> answer = answers.get(cursor == null ? "" : cursor);
      if (answer == null) {
        throw new AssertionError("unexpected cursor " + cursor);
      }
      return answer;
    }
  }

  @Test
  void iterate_followsCursorsUntilNull() {
    FakeAlerts server = new FakeAlerts()
        .answer(null, List.of("a1", "a2"), "c1")
        .answer("c1", List.of("a3"), "c2")
        .answer("c2", List.of("a4"), null);
    PageIterable<String> alerts = CursorPaging.iterable("alerts.list", null, server);

    assertThat(alerts.stream().toList()).containsExactly("a1", "a2", "a3", "a4");
    assertThat(server.requests).containsExactly(null, "c1", "c2");
    assertThat(alerts.resumeToken()).isEmpty();
  }

  @Test
  void iterate_emptyMiddlePage_isSkipped() {
    FakeAlerts server = new FakeAlerts()
        .answer(null, List.of("a1"), "c1")
        .answer("c1", List.of(), "c2")
        .answer("c2", List.of("a2"), "");

    assertThat(CursorPaging.iterable("alerts.list", null, server).stream().toList())
        .containsExactly("a1", "a2");
    assertThat(server.requests).containsExactly(null, "c1", "c2");
  }

  @Test
  void iterate_repeatedCursor_throwsInvalidResponse() {
    FakeAlerts server = new FakeAlerts()
        .answer(null, List.of("a1"), "c1")
        .answer("c1", List.of("a2"), "c1");

    assertThatThrownBy(() -> CursorPaging.iterable("alerts.list", null, server).stream().toList())
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.jsonPath()).contains("$.nextCursor");
          assertThat(e.operation()).isEqualTo("alerts.list");
        });
    assertThat(server.requests).containsExactly(null, "c1");
  }

  @Test
  void iterate_pageLimit_resumeTokenIsTheNextCursor() {
    FakeAlerts server = new FakeAlerts()
        .answer(null, List.of("a1"), "c1")
        .answer("c1", List.of("a2"), "c2")
        .answer("c2", List.of("a3"), null);
    PageIterable<String> alerts = CursorPaging.iterable("alerts.list", null, server).withMaxPages(1);

    assertThat(alerts.stream().toList()).containsExactly("a1");
    assertThat(alerts.stoppedAtPageLimit()).isTrue();
    assertThat(alerts.resumeToken()).contains("c1");

    PageIterable<String> rest = CursorPaging.iterable("alerts.list", "c1", server);
    assertThat(rest.stream().toList()).containsExactly("a2", "a3");
  }

  @Test
  void iterate_isLazyAndRepeatable() {
    FakeAlerts server = new FakeAlerts().answer(null, List.of("a1"), null);
    PageIterable<String> alerts = CursorPaging.iterable("alerts.list", null, server);

    var stream = alerts.stream();
    assertThat(server.requests).isEmpty();
    assertThat(stream.toList()).containsExactly("a1");
    assertThat(alerts.stream().toList()).containsExactly("a1");
    assertThat(server.requests).hasSize(2);
  }

  @Test
  void iterate_failure_propagatesUnwrapped() {
    TransportException failure =
        new TransportException("alerts.list", false, new java.net.ConnectException("refused"));
    PageIterable<String> alerts = CursorPaging.iterable("alerts.list", null, cursor -> {
      throw failure;
    });

    assertThatThrownBy(() -> alerts.forEach(alert -> { })).isSameAs(failure);
  }
}
