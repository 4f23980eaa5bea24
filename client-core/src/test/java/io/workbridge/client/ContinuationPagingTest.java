package io.workbridge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.spi.paging.ContinuationPaging;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ContinuationPagingTest {

  /** A fake export feed: answers are keyed by the {@code from} token ("" for none). */
  private static final class FakeFeed implements ContinuationPaging.Fetcher<String> {
    private final Map<String, ContinuationPaging.Response<String>> answers = new HashMap<>();
    final List<@Nullable String> requests = new ArrayList<>();

    FakeFeed answer(@Nullable String from, List<String> items, @Nullable String continueFrom, boolean hasMore) {
      answers.put(from == null ? "" : from, ContinuationPaging.Response.of(items, continueFrom, hasMore));
      return this;
    }

    @Override
    public ContinuationPaging.Response<String> fetch(@Nullable String from) {
      requests.add(from);
      ContinuationPaging.Response<String> answer = answers.get(from == null ? "" : from);
      if (answer == null) {
        throw new AssertionError("unexpected token " + from);
      }
      return answer;
    }
  }

  @Test
  void iterate_fromBeginning_followsTokensAndKeepsTheFinalToken() {
    FakeFeed feed = new FakeFeed()
        .answer(null, List.of("j1", "j2"), "t1", true)
        .answer("t1", List.of("j3"), "t2", true)
        .answer("t2", List.of("j4"), "t3", false);
    PageIterable<String> export = ContinuationPaging.iterable("jobs.export", null, feed);

    assertThat(export.resumeToken()).isEmpty();
    assertThat(export.stream().toList()).containsExactly("j1", "j2", "j3", "j4");
    assertThat(feed.requests).containsExactly(null, "t1", "t2");
    assertThat(export.resumeToken()).contains("t3");
    assertThat(export.stoppedAtPageLimit()).isFalse();
  }

  @Test
  void iterate_fromStoredToken_sendsItFirst() {
    FakeFeed feed = new FakeFeed().answer("saved", List.of("j9"), "t9", false);

    PageIterable<String> export = ContinuationPaging.iterable("jobs.export", "saved", feed);

    assertThat(export.stream().toList()).containsExactly("j9");
    assertThat(feed.requests).containsExactly("saved");
    assertThat(export.resumeToken()).contains("t9");
  }

  @Test
  void iterate_emptyMiddlePage_isSkipped() {
    FakeFeed feed = new FakeFeed()
        .answer(null, List.of("j1"), "t1", true)
        .answer("t1", List.of(), "t2", true)
        .answer("t2", List.of("j2"), "t3", false);

    assertThat(ContinuationPaging.iterable("jobs.export", null, feed).stream().toList())
        .containsExactly("j1", "j2");
    assertThat(feed.requests).containsExactly(null, "t1", "t2");
  }

  @Test
  void iterate_caughtUpWithNoNewData_resumesFromTheSameToken() {
    FakeFeed feed = new FakeFeed().answer("t5", List.of(), "t5", false);
    PageIterable<String> export = ContinuationPaging.iterable("jobs.export", "t5", feed);

    assertThat(export.iterator().hasNext()).isFalse();
    assertThat(export.resumeToken()).contains("t5");
  }

  @Test
  void iterate_lastPageWithoutToken_keepsTheTokenItWasFetchedWith() {
    FakeFeed feed = new FakeFeed()
        .answer(null, List.of("j1"), "t1", true)
        .answer("t1", List.of("j2"), null, false);
    PageIterable<String> export = ContinuationPaging.iterable("jobs.export", null, feed);

    assertThat(export.stream().toList()).containsExactly("j1", "j2");
    assertThat(export.resumeToken()).contains("t1");
  }

  @Test
  void iterate_serverRepeatsTheRequestedToken_throwsInvalidResponseInsteadOfLooping() {
    FakeFeed feed = new FakeFeed()
        .answer(null, List.of("j1"), "t1", true)
        .answer("t1", List.of("j2"), "t1", true);
    Iterator<String> iterator = ContinuationPaging.iterable("jobs.export", null, feed).iterator();

    assertThat(iterator.next()).isEqualTo("j1");
    assertThatThrownBy(iterator::hasNext)
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.operation()).isEqualTo("jobs.export");
          assertThat(e.jsonPath()).contains("$.continueFrom");
          assertThat(e.getMessage()).contains("jobs.export").contains("repeated");
        });
    assertThat(feed.requests).containsExactly(null, "t1");
  }

  @Test
  void iterate_serverCyclesBetweenTokens_throwsInvalidResponse() {
    FakeFeed feed = new FakeFeed()
        .answer("a", List.of("1"), "b", true)
        .answer("b", List.of("2"), "c", true)
        .answer("c", List.of("3"), "a", true);

    assertThatThrownBy(() -> ContinuationPaging.iterable("jobs.export", "a", feed).stream().toList())
        .isInstanceOf(InvalidResponseException.class);
    assertThat(feed.requests).containsExactly("a", "b", "c");
  }

  @Test
  void iterate_hasMoreWithoutToken_throwsInvalidResponse() {
    FakeFeed feed = new FakeFeed().answer(null, List.of("j1"), " ", true);

    assertThatThrownBy(() -> ContinuationPaging.iterable("jobs.export", null, feed).iterator().hasNext())
        .isInstanceOfSatisfying(InvalidResponseException.class,
            e -> assertThat(e.jsonPath()).contains("$.continueFrom"));
  }

  @Test
  void iterate_pageLimit_resumeTokenContinuesWhereTheWalkStopped() {
    FakeFeed feed = new FakeFeed()
        .answer(null, List.of("j1"), "t1", true)
        .answer("t1", List.of("j2"), "t2", true)
        .answer("t2", List.of("j3"), "t3", false);
    PageIterable<String> firstRun = ContinuationPaging.iterable("jobs.export", null, feed).withMaxPages(2);

    assertThat(firstRun.stream().toList()).containsExactly("j1", "j2");
    assertThat(firstRun.stoppedAtPageLimit()).isTrue();
    assertThat(firstRun.resumeToken()).contains("t2");

    PageIterable<String> secondRun =
        ContinuationPaging.iterable("jobs.export", firstRun.resumeToken().orElseThrow(), feed);
    assertThat(secondRun.stream().toList()).containsExactly("j3");
    assertThat(secondRun.resumeToken()).contains("t3");
  }

  @Test
  void iterate_failureAfterFirstPage_keepsTheResumeTokenOfTheLastGoodPage() {
    ServerException failure = new ServerException(ApiError.of(502, "jobs.export"));
    PageIterable<String> export = ContinuationPaging.iterable("jobs.export", null, from -> {
      if (from == null) {
        return ContinuationPaging.Response.of(List.of("j1"), "t1", true);
      }
      throw failure;
    });

    Iterator<String> iterator = export.iterator();
    assertThat(iterator.next()).isEqualTo("j1");
    assertThatThrownBy(iterator::hasNext).isSameAs(failure);
    assertThat(export.resumeToken()).contains("t1");
  }

  @Test
  void pages_exposeEachPagesResumeToken() {
    FakeFeed feed = new FakeFeed()
        .answer(null, List.of("j1"), "t1", true)
        .answer("t1", List.of(), "t2", false);

    List<String> tokens = new ArrayList<>();
    ContinuationPaging.iterable("jobs.export", null, feed).pages()
        .forEach(page -> tokens.add(page.resumeToken().orElseThrow()));

    assertThat(tokens).isEqualTo(Arrays.asList("t1", "t2"));
  }

  @Test
  void iterate_twice_restartsFromTheConfiguredToken() {
    FakeFeed feed = new FakeFeed()
        .answer(null, List.of("j1"), "t1", true)
        .answer("t1", List.of("j2"), "t2", false);
    PageIterable<String> export = ContinuationPaging.iterable("jobs.export", null, feed);

    export.stream().toList();
    export.stream().toList();

    assertThat(feed.requests).containsExactly(null, "t1", null, "t1");
  }
}
