package io.workbridge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.spi.paging.PageNumberPaging;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageNumberPagingTest {

  /** A fake list endpoint: page n (1-based) answers pages.get(n - 1); hasMore while pages remain. */
  private static final class FakeList implements PageNumberPaging.Fetcher<String> {
    private final List<List<String>> pages;
    final List<Integer> requestedPages = new ArrayList<>();
    final List<Integer> requestedSizes = new ArrayList<>();

    FakeList(List<List<String>> pages) {
      this.pages = pages;
    }

    @Override
    public PageNumberPaging.Response<String> fetch(int page, int pageSize) {
      requestedPages.add(page);
      requestedSizes.add(pageSize);
      return PageNumberPaging.Response.of(pages.get(page - 1), page < pages.size());
    }
  }

  @Test
  void iterate_threePages_returnsAllItemsInOrderWithOneCallPerPage() {
    FakeList server = new FakeList(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")));

    List<String> items = PageNumberPaging.iterable("jobs.list", 2, server).stream().toList();

    assertThat(items).containsExactly("a", "b", "c", "d", "e");
    assertThat(server.requestedPages).containsExactly(1, 2, 3);
    assertThat(server.requestedSizes).containsOnly(2);
  }

  @Test
  void iterate_beforeFirstHasNext_makesNoCall() {
    FakeList server = new FakeList(List.of(List.of("a"), List.of("b")));
    PageIterable<String> jobs = PageNumberPaging.iterable("jobs.list", 1, server);

    Iterator<String> iterator = jobs.iterator();
    Stream<String> stream = jobs.stream();
    Iterator<Page<String>> pages = jobs.pages().iterator();
    assertThat(server.requestedPages).isEmpty();

    assertThat(iterator.hasNext()).isTrue();
    assertThat(server.requestedPages).containsExactly(1);
    assertThat(iterator.next()).isEqualTo("a");
    assertThat(server.requestedPages).containsExactly(1);
    assertThat(pages.hasNext()).isTrue();
    assertThat(server.requestedPages).containsExactly(1);
    assertThat(stream.findFirst()).contains("a");
    assertThat(server.requestedPages).containsExactly(1, 1);
  }

  @Test
  void iterate_emptyMiddlePages_skipsThemAndContinues() {
    FakeList server = new FakeList(List.of(List.of("a"), List.of(), List.of(), List.of("b")));

    List<String> items = new ArrayList<>();
    PageNumberPaging.iterable("jobs.list", 1, server).forEach(items::add);

    assertThat(items).containsExactly("a", "b");
    assertThat(server.requestedPages).containsExactly(1, 2, 3, 4);
  }

  @Test
  void iterate_onlyAnEmptyPage_hasNoItems() {
    FakeList server = new FakeList(List.of(List.of()));

    Iterator<String> iterator = PageNumberPaging.iterable("jobs.list", 50, server).iterator();

    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    assertThat(server.requestedPages).containsExactly(1);
  }

  @Test
  void iterate_twice_startsFromPageOneAgain() {
    FakeList server = new FakeList(List.of(List.of("a"), List.of("b")));
    PageIterable<String> jobs = PageNumberPaging.iterable("jobs.list", 1, server);

    assertThat(jobs.stream().toList()).containsExactly("a", "b");
    assertThat(jobs.stream().toList()).containsExactly("a", "b");
    assertThat(server.requestedPages).containsExactly(1, 2, 1, 2);
  }

  @Test
  void iterate_pageLimit_stopsAndReportsIt() {
    FakeList server = new FakeList(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")));
    PageIterable<String> jobs = PageNumberPaging.iterable("jobs.list", 1, server).withMaxPages(2);

    assertThat(jobs.stream().toList()).containsExactly("a", "b");
    assertThat(server.requestedPages).containsExactly(1, 2);
    assertThat(jobs.stoppedAtPageLimit()).isTrue();
    assertThat(jobs.maxPages()).isEqualTo(2);
  }

  @Test
  void iterate_limitEqualToPageCount_isNotReportedAsCut() {
    FakeList server = new FakeList(List.of(List.of("a"), List.of("b")));
    PageIterable<String> jobs = PageNumberPaging.iterable("jobs.list", 1, server).withMaxPages(2);

    assertThat(jobs.stream().toList()).containsExactly("a", "b");
    assertThat(jobs.stoppedAtPageLimit()).isFalse();
  }

  @Test
  void iterate_serverFailsOnSecondPage_throwsTheSameExceptionUnwrapped() {
    ServerException failure = new ServerException(ApiError.of(503, "jobs.list"));
    PageIterable<String> jobs =
        PageNumberPaging.iterable("jobs.list", 1, (page, size) -> {
          if (page == 2) {
            throw failure;
          }
          return PageNumberPaging.Response.of(List.of("a"), true);
        });

    Iterator<String> iterator = jobs.iterator();
    assertThat(iterator.next()).isEqualTo("a");
    assertThatThrownBy(iterator::hasNext).isSameAs(failure);
    assertThatThrownBy(() -> jobs.stream().collect(Collectors.toList())).isSameAs(failure);
  }

  @Test
  void pages_includeEmptyPagesAndHonourTheLimit() {
    FakeList server = new FakeList(List.of(List.of("a"), List.of(), List.of("b")));

    List<Integer> sizes = new ArrayList<>();
    for (Page<String> page : PageNumberPaging.iterable("jobs.list", 1, server).pages()) {
      sizes.add(page.items().size());
      assertThat(page.resumeToken()).isEmpty();
    }

    assertThat(sizes).containsExactly(1, 0, 1);
  }

  @Test
  void firstPage_nextPageChain_fetchesOnDemandAndEndsWithNoSuchElement() {
    FakeList server = new FakeList(List.of(List.of("a"), List.of("b")));

    Page<String> first = PageNumberPaging.iterable("jobs.list", 1, server).firstPage();
    assertThat(server.requestedPages).containsExactly(1);
    assertThat(first.items()).containsExactly("a");
    assertThat(first.hasNextPage()).isTrue();

    Page<String> second = first.nextPage();
    assertThat(second.items()).containsExactly("b");
    assertThat(second.hasNextPage()).isFalse();
    assertThatThrownBy(second::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(server.requestedPages).containsExactly(1, 2);
  }

  @Test
  void items_areUnmodifiable() {
    List<String> mutable = new ArrayList<>(List.of("a"));
    PageNumberPaging.Response<String> response = PageNumberPaging.Response.of(mutable, false);
    mutable.add("b");

    assertThat(response.items()).containsExactly("a");
    assertThatThrownBy(() -> response.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void iterable_invalidArguments_areRejected() {
    PageNumberPaging.Fetcher<String> fetcher = (page, size) -> PageNumberPaging.Response.of(List.of(), false);
    assertThatThrownBy(() -> PageNumberPaging.iterable("jobs.list", 0, fetcher))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageNumberPaging.iterable(" ", 10, fetcher))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageNumberPaging.iterable("jobs.list", 10, fetcher).withMaxPages(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
