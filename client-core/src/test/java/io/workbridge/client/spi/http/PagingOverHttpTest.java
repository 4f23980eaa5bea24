package io.workbridge.client.spi.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.RetryPolicy;
import io.workbridge.client.ServerException;
import io.workbridge.client.spi.ClientSettings;
import io.workbridge.client.spi.json.JsonSupport;
import io.workbridge.client.spi.json.testmodel.JobDto;
import io.workbridge.client.spi.json.testmodel.PageDto;
import io.workbridge.client.spi.paging.ContinuationPaging;
import io.workbridge.client.spi.paging.CursorPaging;
import io.workbridge.client.spi.paging.PageNumberPaging;
import io.workbridge.client.spi.paging.SkipTopPaging;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * Every paging style end to end: Retrofit interface, the client-core HTTP stack, JSON through {@link
 * JsonSupport} (Immutables models and records), against MockWebServer.
 */
class PagingOverHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final MutableClock time = MutableClock.at("2026-11-25T12:00:00Z");
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private ApiRuntime runtime;

  /** An export envelope as a record. */
  public record ExportDto(List<JobDto> data, @Nullable String continueFrom, boolean hasMore) {}

  /** An OData envelope as a record. */
  public record ODataDto(List<JobDto> value, @Json(name = "@odata.count") @Nullable Long count) {}

  /** A cursor envelope as a record. */
  public record CursorDto(List<JobDto> data, @Nullable String nextCursor) {}

  interface PagedApi {
    @Operation("jobs.list")
    @GET("jobs")
    PageDto<JobDto> list(@Query("page") int page, @Query("pageSize") int pageSize);

    @Operation("jobs.export")
    @GET("export/jobs")
    ExportDto export(@Query("from") @Nullable String from);

    @Operation("workorders.list")
    @GET("odata/workorders")
    ODataDto odata(@Query("$skip") int skip, @Query("$top") int top, @Query("$count") boolean count);

    @Operation("alerts.list")
    @GET("alerts")
    CursorDto alerts(@Query("cursor") @Nullable String cursor);
  }

  @AfterEach
  void tearDown() {
    if (runtime != null) {
      runtime.close();
    }
  }

  private PagedApi api(Function<RecordedRequest, MockResponse> answers) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        return answers.apply(request);
      }
    });
    ClientSettings settings = new ClientSettings(
        server.url("/api").toString(), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
        Duration.ZERO, RetryPolicy.defaults(), RateLimiter.unlimited(), Optional.empty(), time, time::sleep);
    runtime = ApiRuntime.builder("paging")
        .settings(settings)
        .errorParser(new TestErrorParser())
        .moshi(JsonSupport.moshi())
        .build();
    return runtime.create(PagedApi.class);
  }

  private static String job(long id) {
    return "{\"id\":" + id + ",\"number\":\"J-" + id + "\",\"jobStatus\":\"Scheduled\","
        + "\"createdOn\":\"2024-03-01T10:15:30.1234567\",\"total\":\"10.50\",\"newField\":[1]}";
  }

  private static String jobs(long... ids) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < ids.length; i++) {
      json.append(i == 0 ? "" : ",").append(job(ids[i]));
    }
    return json.append(']').toString();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }

  private static String query(RecordedRequest request, String name) {
    return request.getUrl().queryParameter(name);
  }

  @Test
  void pageNumber_emptyMiddlePage_isSkippedAndEveryPageRequestedOnce() {
    Map<String, String> pages = Map.of(
        "1", "{\"page\":1,\"pageSize\":2,\"hasMore\":true,\"data\":" + jobs(1, 2) + "}",
        "2", "{\"page\":2,\"pageSize\":2,\"hasMore\":true,\"data\":[]}",
        "3", "{\"page\":3,\"pageSize\":2,\"hasMore\":false,\"data\":" + jobs(3) + "}");
    PagedApi api = api(request -> json(pages.get(query(request, "page"))));
    PageIterable<JobDto> all = PageNumberPaging.iterable("jobs.list", 2,
        (page, size) -> {
          PageDto<JobDto> dto = api.list(page, size);
          return PageNumberPaging.Response.of(dto.data(), dto.hasMore());
        });

    assertThat(requests).isEmpty();
    assertThat(all.stream().map(JobDto::id).toList()).containsExactly(1L, 2L, 3L);
    assertThat(requests).extracting(r -> query(r, "page")).containsExactly("1", "2", "3");
    assertThat(requests).extracting(r -> query(r, "pageSize")).containsOnly("2");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void continuation_repeatedToken_isInvalidResponseAfterTwoRequests() {
    PagedApi api = api(request -> query(request, "from") == null
        ? json("{\"data\":" + jobs(1) + ",\"continueFrom\":\"t1\",\"hasMore\":true}")
        : json("{\"data\":" + jobs(2) + ",\"continueFrom\":\"t1\",\"hasMore\":true}"));
    PageIterable<JobDto> feed = ContinuationPaging.iterable("jobs.export", null, from -> {
      ExportDto dto = api.export(from);
      return ContinuationPaging.Response.of(dto.data(), dto.continueFrom(), dto.hasMore());
    });

    assertThatThrownBy(() -> feed.forEach(job -> { }))
        .isInstanceOfSatisfying(InvalidResponseException.class,
            e -> assertThat(e.jsonPath()).contains("$.continueFrom"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(query(requests.get(1), "from")).isEqualTo("t1");
  }

  @Test
  void continuation_finalTokenIsKeptForTheNextPoll() {
    PagedApi api = api(request -> switch (String.valueOf(query(request, "from"))) {
      case "saved" -> json("{\"data\":" + jobs(1) + ",\"continueFrom\":\"t2\",\"hasMore\":true}");
      case "t2" -> json("{\"data\":[],\"continueFrom\":\"t3\",\"hasMore\":false}");
      default -> new MockResponse.Builder().code(400).body("{\"title\":\"bad token\"}").build();
    });
    PageIterable<JobDto> feed = ContinuationPaging.iterable("jobs.export", "saved", from -> {
      ExportDto dto = api.export(from);
      return ContinuationPaging.Response.of(dto.data(), dto.continueFrom(), dto.hasMore());
    });

    assertThat(feed.stream().map(JobDto::number).toList()).containsExactly("J-1");
    assertThat(feed.resumeToken()).contains("t3");
  }

  @Test
  void skipTop_topIsCappedAndCountEndsTheWalk() {
    PagedApi api = api(request -> {
      int skip = Integer.parseInt(query(request, "$skip"));
      long[] ids = skip == 0 ? new long[50] : new long[] {51, 52};
      for (int i = 0; skip == 0 && i < 50; i++) {
        ids[i] = i + 1;
      }
      return json("{\"@odata.context\":\"x\",\"value\":" + jobs(ids) + ",\"@odata.count\":52}");
    });
    PageIterable<JobDto> orders = SkipTopPaging.iterable("workorders.list", 100, (skip, top) -> {
      ODataDto dto = api.odata(skip, top, true);
      return SkipTopPaging.Response.of(dto.value(), dto.count());
    });

    assertThat(orders.stream().count()).isEqualTo(52);
    assertThat(requests).extracting(r -> query(r, "$skip")).containsExactly("0", "50");
    assertThat(requests).extracting(r -> query(r, "$top")).containsOnly("50");
  }

  @Test
  void cursor_serverErrorOnSecondPage_surfacesAsServerExceptionAfterRetries() {
    PagedApi api = api(request -> query(request, "cursor") == null
        ? json("{\"data\":" + jobs(1) + ",\"nextCursor\":\"c1\"}")
        : new MockResponse.Builder().code(503).body("{\"title\":\"busy\"}").build());
    PageIterable<JobDto> alerts = CursorPaging.iterable("alerts.list", null, cursor -> {
      CursorDto dto = api.alerts(cursor);
      return CursorPaging.Response.of(dto.data(), dto.nextCursor());
    });

    var iterator = alerts.iterator();
    assertThat(iterator.next().id()).isEqualTo(1);
    assertThatThrownBy(iterator::hasNext)
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.operation()).isEqualTo("alerts.list"));
    assertThat(server.getRequestCount()).isEqualTo(1 + RetryPolicy.defaults().maxRetries() + 1);
  }

  @Test
  void cursor_malformedSecondPage_isInvalidResponseNamingTheOperation() {
    PagedApi api = api(request -> query(request, "cursor") == null
        ? json("{\"data\":" + jobs(1) + ",\"nextCursor\":\"c1\"}")
        : json("{\"data\":[{\"id\":\"not a number\"}]}"));
    PageIterable<JobDto> alerts = CursorPaging.iterable("alerts.list", null, cursor -> {
      CursorDto dto = api.alerts(cursor);
      return CursorPaging.Response.of(dto.data(), dto.nextCursor());
    });

    assertThatThrownBy(() -> alerts.stream().toList())
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.operation()).isEqualTo("alerts.list");
          assertThat(e.jsonPath()).contains("$.data[0].id");
        });
  }
}
