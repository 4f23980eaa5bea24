package io.workbridge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.spi.paging.SkipTopPaging;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SkipTopPagingTest {

  /** A fake OData collection of {@code rows} rows that never returns more than {@code serverCap} per page. */
  private static final class FakeOData implements SkipTopPaging.Fetcher<Integer> {
    private final int rows;
    private final int serverCap;
    private final boolean sendCount;
    final List<int[]> requests = new ArrayList<>();

    FakeOData(int rows, int serverCap, boolean sendCount) {
      this.rows = rows;
      this.serverCap = serverCap;
      this.sendCount = sendCount;
    }

    @Override
    public SkipTopPaging.Response<Integer> fetch(int skip, int top) {
      requests.add(new int[] {skip, top});
      int end = Math.min(rows, skip + Math.min(top, serverCap));
      List<Integer> value = IntStream.range(Math.min(skip, rows), end).boxed().toList();
      @Nullable Long count = sendCount ? (long) rows : null;
      return SkipTopPaging.Response.of(value, count);
    }
  }

  @Test
  void iterate_topAboveServerCap_isLoweredToFifty() {
    FakeOData server = new FakeOData(120, 50, false);

    List<Integer> rows = SkipTopPaging.iterable("workorders.list", 500, server).stream().toList();

    assertThat(rows).hasSize(120).startsWith(0, 1, 2).endsWith(119);
    assertThat(server.requests).extracting(r -> r[0]).containsExactly(0, 50, 100);
    assertThat(server.requests).extracting(r -> r[1]).containsOnly(SkipTopPaging.MAX_TOP);
  }

  @Test
  void iterate_withoutCount_stopsAtTheFirstShortPage() {
    FakeOData server = new FakeOData(45, 50, false);

    assertThat(SkipTopPaging.iterable("workorders.list", 20, server).stream().toList()).hasSize(45);
    assertThat(server.requests).extracting(r -> r[0]).containsExactly(0, 20, 40);
  }

  @Test
  void iterate_withoutCountAndFullLastPage_endsOnTheFollowingEmptyPage() {
    FakeOData server = new FakeOData(40, 50, false);

    assertThat(SkipTopPaging.iterable("workorders.list", 20, server).stream().toList()).hasSize(40);
    assertThat(server.requests).extracting(r -> r[0]).containsExactly(0, 20, 40);
  }

  @Test
  void iterate_withCount_stopsWithoutAnExtraCallWhenEveryRowWasRead() {
    FakeOData server = new FakeOData(40, 50, true);

    assertThat(SkipTopPaging.iterable("workorders.list", 20, server).stream().toList()).hasSize(40);
    assertThat(server.requests).extracting(r -> r[0]).containsExactly(0, 20);
  }

  @Test
  void iterate_withCountAndALowerServerCap_keepsGoingPastShortPages() {
    FakeOData server = new FakeOData(70, 25, true);

    List<Integer> rows = SkipTopPaging.iterable("workorders.list", 50, server).stream().toList();

    assertThat(rows).isEqualTo(IntStream.range(0, 70).boxed().toList());
    assertThat(server.requests).extracting(r -> r[0]).containsExactly(0, 25, 50);
  }

  @Test
  void iterate_emptyPageWhileCountSaysMore_stopsInsteadOfLooping() {
    List<Integer> skips = new ArrayList<>();
    PageIterable<String> rows = SkipTopPaging.iterable("workorders.list", 2, (skip, top) -> {
      skips.add(skip);
      return SkipTopPaging.Response.of(skip == 0 ? List.of("a", "b") : List.of(), 10L);
    });

    assertThat(rows.stream().toList()).containsExactly("a", "b");
    assertThat(skips).containsExactly(0, 2);
  }

  @Test
  void iterate_isLazyAndRepeatable() {
    FakeOData server = new FakeOData(3, 50, true);
    PageIterable<Integer> rows = SkipTopPaging.iterable("workorders.list", 50, server);

    var iterator = rows.iterator();
    assertThat(server.requests).isEmpty();
    assertThat(iterator.hasNext()).isTrue();
    assertThat(server.requests).hasSize(1);

    assertThat(rows.stream().toList()).containsExactly(0, 1, 2);
    assertThat(rows.stream().toList()).containsExactly(0, 1, 2);
    assertThat(server.requests).hasSize(3);
  }

  @Test
  void iterate_pageLimit_stopsEarly() {
    FakeOData server = new FakeOData(500, 50, true);
    PageIterable<Integer> rows = SkipTopPaging.iterable("workorders.list", 50, server).withMaxPages(3);

    assertThat(rows.stream().toList()).hasSize(150);
    assertThat(rows.stoppedAtPageLimit()).isTrue();
    assertThat(rows.resumeToken()).isEmpty();
  }

  @Test
  void iterate_failure_propagatesUnwrapped() {
    RateLimitedException failure = new RateLimitedException(ApiError.of(429, "workorders.list"), null);
    PageIterable<String> rows = SkipTopPaging.iterable("workorders.list", 50, (skip, top) -> {
      throw failure;
    });

    assertThatThrownBy(() -> rows.iterator().hasNext()).isSameAs(failure);
  }

  @Test
  void iterable_topBelowOne_isRejected() {
    assertThatThrownBy(() -> SkipTopPaging.iterable("workorders.list", 0,
        (skip, top) -> SkipTopPaging.Response.of(List.of(), null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
