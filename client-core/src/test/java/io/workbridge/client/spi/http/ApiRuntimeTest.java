package io.workbridge.client.spi.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.Moshi;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.FieldError;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.RetryPolicy;
import io.workbridge.client.Secret;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.ValidationException;
import io.workbridge.client.spi.ClientSettings;
import io.workbridge.client.spi.auth.ClientCredentialsTokenSource;
import io.workbridge.client.spi.http.TestApi.Widget;
import io.workbridge.testkit.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiRuntimeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final ScriptedServer script = new ScriptedServer();
  private final MutableClock time = MutableClock.at("2026-11-25T12:00:00Z");
  private ApiRuntime runtime;

  @BeforeEach
  void setUp() {
    server.setDispatcher(script);
  }

  @AfterEach
  void tearDown() {
    if (runtime != null) {
      runtime.close();
    }
  }

  private TestApi api(RetryPolicy policy, Duration readTimeout) {
    return api(policy, readTimeout, Duration.ZERO);
  }

  private TestApi api(RetryPolicy policy, Duration readTimeout, Duration callTimeout) {
    ClientSettings settings =
        new ClientSettings(
            server.url("/api").toString(),
            Duration.ofSeconds(2),
            readTimeout,
            Duration.ofSeconds(2),
            callTimeout,
            policy,
            RateLimiter.unlimited(),
            Optional.empty(),
            time,
            time::sleep);
    runtime =
        ApiRuntime.builder("test")
            .settings(settings)
            .tokenSource(
                http ->
                    ClientCredentialsTokenSource.builder()
                        .tokenUrl(server.url(ScriptedServer.TOKEN_PATH).toString())
                        .httpClient(http)
                        .clientId("client-1")
                        .clientSecret(Secret.of("client-secret-1"))
                        .clock(time)
                        .sleeper(time::sleep)
                        .build())
            .staticHeader("X-App-Key", Secret.of("app-key-1"))
            .idempotencyHeader("Idempotency-Key")
            .errorParser(new TestErrorParser())
            .moshi(new Moshi.Builder().build())
            .build();
    return runtime.create(TestApi.class);
  }

  private TestApi api() {
    return api(RetryPolicy.defaults(), Duration.ofSeconds(2));
  }

  private static String widget(long id) {
    return "{\"id\":" + id + ",\"name\":\"w" + id + "\",\"unknownField\":true}";
  }

  @Test
  void get_ok_returnsTypedBodyAndSendsCredentialsHeaders() {
    script.thenJson(200, widget(7));

    Widget result = api().get(7, "q");

    assertThat(result).isEqualTo(new Widget(7, "w7"));
    RecordedRequest request = script.apiRequests().get(0);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/widgets/7");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(request.getHeaders().get("X-App-Key")).isEqualTo("app-key-1");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("workbridge-java/").contains("(test)");
    RecordedRequest token = script.tokenRequests().get(0);
    assertThat(token.getBody().utf8())
        .contains("grant_type=client_credentials", "client_id=client-1", "client_secret=client-secret-1");
  }

  @Test
  void token_reusedAcrossCalls_untilSixtySecondsBeforeExpiry() {
    script.thenJson(200, widget(1)).thenJson(200, widget(2)).thenJson(200, widget(3));
    TestApi api = api();

    api.get(1, "q");
    api.get(2, "q");
    assertThat(script.tokenRequests()).hasSize(1);

    time.advance(Duration.ofSeconds(900 - 60));
    api.get(3, "q");

    assertThat(script.tokenRequests()).hasSize(2);
    assertThat(script.apiRequests().get(2).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
  }

  @Test
  void token_fiftyConcurrentCallsWithExpiredToken_causeExactlyOneTokenRequest() throws Exception {
    for (int i = 0; i < 51; i++) {
      script.thenJson(200, widget(i));
    }
    TestApi api = api();
    api.get(0, "q");
    time.advance(Duration.ofSeconds(900));
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<Widget>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(pool.submit(() -> api.get(1, "q")));
      }
      for (Future<Widget> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(script.tokenRequests()).hasSize(2);
    assertThat(script.apiRequests()).hasSize(51);
  }

  @Test
  void get_401_refreshesTokenOnceThenSucceeds() {
    script.thenJson(401, "{}").thenJson(200, widget(5));

    Widget result = api().get(5, "q");

    assertThat(result.id()).isEqualTo(5);
    assertThat(script.tokenRequests()).hasSize(2);
    assertThat(script.apiRequests().get(0).getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(script.apiRequests().get(1).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
  }

  @Test
  void get_401Twice_throwsAuthenticationException() {
    script.thenJson(401, "{\"title\":\"Unauthorized\"}").thenJson(401, "{\"title\":\"Unauthorized\"}");

    AuthenticationException error =
        catchThrowableOfType(AuthenticationException.class, () -> api().get(5, "q"));

    assertThat(error.statusCode()).isEqualTo(401);
    assertThat(error.operation()).isEqualTo("widgets.get");
    assertThat(script.apiRequests()).hasSize(2);
    assertThat(script.tokenRequests()).hasSize(2);
  }

  @Test
  void get_404_throwsNotFoundNamingOperationNotUrl() {
    script.thenJson(404, "{\"title\":\"Widget not found\",\"traceId\":\"trace-42\"}");

    NotFoundException error = catchThrowableOfType(NotFoundException.class, () -> api().get(9, "top-secret-query"));

    assertThat(error.requestId()).contains("trace-42");
    assertThat(error.getMessage())
        .isEqualTo("HTTP 404 on widgets.get (request-id trace-42): Widget not found")
        .doesNotContain("top-secret-query")
        .doesNotContain("/api/widgets");
  }

  @Test
  void create_400_throwsValidationExceptionWithFieldErrors() {
    script.thenJson(
        400,
        "{\"type\":\"validation\",\"title\":\"One or more validation errors occurred.\","
            + "\"errors\":{\"name\":[\"The name field is required.\"]},\"traceId\":\"t-1\"}");

    ValidationException error =
        catchThrowableOfType(
            ValidationException.class, () -> api().create(new Widget(0, ""), RequestOptions.none()));

    assertThat(error.fieldErrors()).containsExactly(new FieldError("name", "The name field is required."));
    assertThat(error.errorCode()).contains("validation");
    assertThat(error.statusCode()).isEqualTo(400);
  }

  @Test
  void get_429WithRetryAfterSeconds_sleepsExactlyTheHeaderThenSucceeds() {
    script
        .then(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("{}").build())
        .thenJson(200, widget(1));

    assertThat(api().get(1, "q").id()).isEqualTo(1);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(script.apiRequests()).hasSize(2);
  }

  @Test
  void get_429WithRetryAfterHttpDate_sleepsUntilThatDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(12).atZone(ZoneOffset.UTC));
    script
        .then(new MockResponse.Builder().code(429).setHeader("Retry-After", date).body("{}").build())
        .thenJson(200, widget(1));

    api().get(1, "q");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void get_429WithRetryAfterBeyondCap_failsFastWithRetryAfter() {
    script.then(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").body("{}").build());

    RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> api().get(1, "q"));

    assertThat(error.retryAfter()).contains(Duration.ofHours(1));
    assertThat(time.sleeps()).isEmpty();
    assertThat(script.apiRequests()).hasSize(1);
  }

  @Test
  void create_429_isRetriedAlthoughNotIdempotent_theServerDidNothing() {
    script
        .then(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").body("{}").build())
        .thenJson(200, widget(1));

    Widget created = api().create(new Widget(1, "a"), RequestOptions.none());

    assertThat(created.id()).isEqualTo(1);
    assertThat(script.apiRequests()).hasSize(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void get_429WithoutRetryAfter_waitsWhatTheBodySays() {
    script
        .thenJson(429, "{\"statusCode\":429,\"title\":\"Rate limit is exceeded. Try again in 5 seconds.\"}")
        .thenJson(200, widget(1));

    assertThat(api().get(1, "q").id()).isEqualTo(1);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void get_429WithBodyWaitBeyondCap_failsFastWithThatWait() {
    script.thenJson(429, "{\"title\":\"Rate limit is exceeded. Try again in 3600 seconds.\"}");

    RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> api().get(1, "q"));

    assertThat(error.retryAfter()).contains(Duration.ofHours(1));
    assertThat(error.errorMessage()).contains("Rate limit is exceeded. Try again in 3600 seconds.");
    assertThat(time.sleeps()).isEmpty();
    assertThat(script.apiRequests()).hasSize(1);
  }

  @Test
  void create_409_isAConflictKeepingTheVendorMessageAndErrorData() {
    script.thenJson(
        409, "{\"type\":\"conflict\",\"title\":\"Job is already completed\",\"data\":{\"jobId\":\"77\"}}");

    io.workbridge.client.ConflictException error =
        catchThrowableOfType(
            io.workbridge.client.ConflictException.class, () -> api().create(new Widget(1, "a"), RequestOptions.none()));

    assertThat(error.errorMessage()).contains("Job is already completed");
    assertThat(error.errorData()).containsEntry("jobId", "77");
    assertThat(error.getMessage()).doesNotContain("77");
  }

  @Test
  void get_503ThreeTimes_throwsServerExceptionAfterMaxRetriesPlusOneRequests() {
    script.thenJson(503, "{}").thenJson(503, "{}").thenJson(503, "{}").thenJson(200, widget(1));

    assertThatThrownBy(() -> api().get(1, "q")).isInstanceOf(ServerException.class);

    assertThat(script.apiRequests()).hasSize(3);
    assertThat(time.sleeps()).hasSize(2);
    assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(time.sleeps().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  @Test
  void create_503WithoutIdempotencyMark_isNotRetried() {
    script.thenJson(503, "{}").thenJson(200, widget(1));

    assertThatThrownBy(() -> api().create(new Widget(1, "a"), RequestOptions.none()))
        .isInstanceOf(ServerException.class);

    assertThat(script.apiRequests()).hasSize(1);
  }

  @Test
  void create_503WithIdempotencyKey_isRetriedWithTheSameKey() {
    script.thenJson(503, "{}").thenJson(200, widget(1));

    Widget created =
        api().create(new Widget(1, "a"), RequestOptions.builder().idempotencyKey("key-1").build());

    assertThat(created.id()).isEqualTo(1);
    assertThat(script.apiRequests()).extracting(r -> r.getHeaders().get("Idempotency-Key")).containsExactly("key-1", "key-1");
  }

  @Test
  void search_503OnMethodMarkedIdempotent_isRetried() {
    script.thenJson(502, "{}").thenJson(200, widget(3));

    assertThat(api().search(new Widget(0, "x")).id()).isEqualTo(3);
    assertThat(script.apiRequests()).hasSize(2);
  }

  @Test
  void get_disconnect_throwsTransportExceptionAfterRetries() {
    for (int i = 0; i < 3; i++) {
      script.then(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }

    TransportException error = catchThrowableOfType(TransportException.class, () -> api().get(1, "q"));

    assertThat(error.operation()).isEqualTo("widgets.get");
    assertThat(error.requestMaybeSent()).isTrue();
    assertThat(script.apiRequests()).hasSize(3);
  }

  @Test
  void create_disconnectAfterSending_isNotRetriedAndSaysRequestMaybeSent() {
    script.then(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    TransportException error =
        catchThrowableOfType(TransportException.class, () -> api().create(new Widget(1, "a"), RequestOptions.none()));

    assertThat(error.requestMaybeSent()).isTrue();
    assertThat(script.apiRequests()).hasSize(1);
  }

  @Test
  void get_bodyTrickledSlowerThanTheCallTimeout_isCutOffAlthoughEveryReadIsInTime() {
    // 64 bytes every 200 ms: each read is within the 2 s read timeout, the whole answer is not within 1 s.
    script.then(
        new MockResponse.Builder()
            .body(widget(1) + " ".repeat(4096))
            .throttleBody(64, 200, TimeUnit.MILLISECONDS)
            .build());

    TransportException error =
        catchThrowableOfType(
            TransportException.class,
            () -> api(RetryPolicy.none(), Duration.ofSeconds(2), Duration.ofSeconds(1)).get(1, "q"));

    assertThat(error.requestMaybeSent()).isTrue();
  }

  @Test
  void get_headersDelayPastReadTimeout_throwsTransportExceptionForTimeout() {
    script.then(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(widget(1)).build());

    TransportException error =
        catchThrowableOfType(
            TransportException.class,
            () -> api(RetryPolicy.none(), Duration.ofMillis(200)).get(1, "q"));

    assertThat(error).hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    assertThat(error.requestMaybeSent()).isTrue();
  }

  @Test
  void create_connectionRefused_isRetriedEvenForPostAndSaysNothingWasSent() throws IOException {
    TestApi api = api();
    script.thenJson(200, widget(1));
    api.get(1, "q"); // obtains a token while the server is up
    server.close();
    runtime.httpClient().connectionPool().evictAll();

    TransportException error =
        catchThrowableOfType(TransportException.class, () -> api.create(new Widget(1, "a"), RequestOptions.none()));

    assertThat(error.requestMaybeSent()).isFalse();
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void get_malformedJson_throwsInvalidResponseException() {
    script.thenJson(200, "{\"id\": 1, \"name\": ");

    InvalidResponseException error = catchThrowableOfType(InvalidResponseException.class, () -> api().get(1, "q"));

    assertThat(error.operation()).isEqualTo("widgets.get");
  }

  @Test
  void get_wrongType_throwsInvalidResponseExceptionWithJsonPath() {
    script.thenJson(200, "{\"id\": \"not-a-number\", \"name\": \"x\"}");

    InvalidResponseException error = catchThrowableOfType(InvalidResponseException.class, () -> api().get(1, "q"));

    assertThat(error.jsonPath()).contains("$.id");
  }

  @Test
  void retryBudget_spent_stopsRetrying() {
    RetryPolicy tinyBudget = RetryPolicy.builder().maxRetries(2).budget(5).retryCost(5).build();
    for (int i = 0; i < 6; i++) {
      script.thenJson(503, "{}");
    }
    TestApi api = api(tinyBudget, Duration.ofSeconds(2));

    assertThatThrownBy(() -> api.get(1, "q")).isInstanceOf(ServerException.class);
    assertThat(script.apiRequests()).hasSize(2);

    assertThatThrownBy(() -> api.get(1, "q")).isInstanceOf(ServerException.class);
    assertThat(script.apiRequests()).hasSize(3);
  }

  @Test
  void rawCall_executeForResponse_exposesHeaders() {
    script.then(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .setHeader("X-Total", "3")
            .body(widget(4))
            .build());

    retrofit2.Response<Widget> response = ApiCalls.executeForResponse(api().raw(4), runtime.errors());

    assertThat(response.headers().get("X-Total")).isEqualTo("3");
    assertThat(response.body()).isEqualTo(new Widget(4, "w4"));
  }

  @Test
  void rateLimiter_pausedBy429_delaysFollowingCalls() {
    ClientSettings settings =
        new ClientSettings(
            server.url("/api").toString(), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ZERO, RetryPolicy.none(), RateLimiter.tokenBucket(100, Duration.ofSeconds(1), time, time::sleep),
            Optional.empty(), time, time::sleep);
    runtime =
        ApiRuntime.builder("test").settings(settings).errorParser(new TestErrorParser()).build();
    TestApi api = runtime.create(TestApi.class);
    script.then(new MockResponse.Builder().code(429).setHeader("Retry-After", "4").body("{}").build());
    script.thenJson(200, widget(1));

    assertThatThrownBy(() -> api.get(1, "q")).isInstanceOf(RateLimitedException.class);
    api.get(1, "q");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
    assertThat(script.apiRequests().get(1).getHeaders().get("Authorization")).isNull();
  }

  @Test
  void callListener_isToldEveryAttemptWithItsStatus_andAFailedOneAsZero() {
    List<io.workbridge.client.ApiCall> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    ClientSettings settings =
        new ClientSettings(
            server.url("/api").toString(), Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(2),
            Duration.ZERO, RetryPolicy.defaults(), RateLimiter.unlimited(), Optional.empty(), time, time::sleep,
            calls::add, Optional.empty());
    runtime = ApiRuntime.builder("test").settings(settings).errorParser(new TestErrorParser()).build();
    TestApi api = runtime.create(TestApi.class);
    script.thenJson(503, "{}").thenJson(429, "{}").thenJson(200, widget(1));

    api.get(1, "q");

    assertThat(calls).extracting(io.workbridge.client.ApiCall::statusCode).containsExactly(503, 429, 200);
    assertThat(calls).extracting(io.workbridge.client.ApiCall::system).containsOnly("test");
    assertThat(calls).extracting(io.workbridge.client.ApiCall::method).containsOnly("GET");
    assertThat(calls.get(1).rateLimited()).isTrue();
    assertThat(calls.get(2).outcome()).isEqualTo("2xx");
    assertThat(calls.get(0).operation()).isNotBlank().doesNotContain("/api");

    calls.clear();
    script.then(new MockResponse.Builder().headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).body(widget(2)).build());
    script.then(new MockResponse.Builder().headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).body(widget(2)).build());
    script.then(new MockResponse.Builder().headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).body(widget(2)).build());

    assertThatThrownBy(() -> api.get(2, "q")).isInstanceOf(io.workbridge.client.TransportException.class);
    assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call.failed()).isTrue());
  }

  @Test
  void callListener_thatThrows_doesNotFailTheCall() {
    ClientSettings settings =
        new ClientSettings(
            server.url("/api").toString(), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ZERO, RetryPolicy.none(), RateLimiter.unlimited(), Optional.empty(), time, time::sleep,
            call -> {
              throw new IllegalStateException("listener bug");
            },
            Optional.empty());
    runtime = ApiRuntime.builder("test").settings(settings).errorParser(new TestErrorParser()).build();
    script.thenJson(200, widget(3));

    assertThat(runtime.create(TestApi.class).get(3, "q")).isEqualTo(new Widget(3, "w3"));
  }

  @Test
  void withDefaultOptions_everyCallCarriesThem_unlessItPassesItsOwn_andTheSharedRuntimeIsUntouched() {
    TestApi plain = api();
    TestApi tagged =
        runtime
            .withDefaultOptions(RequestOptions.builder().putHeader("X-Trace", "view").idempotencyKey("view-key").build())
            .create(TestApi.class);
    script.thenJson(200, widget(1)).thenJson(200, widget(2)).thenJson(200, widget(3)).thenJson(200, widget(4));

    tagged.get(1, "q");
    tagged.create(new Widget(2, "b"), RequestOptions.none());
    tagged.create(new Widget(3, "c"), RequestOptions.builder().putHeader("X-Trace", "own").build());
    plain.get(4, "q");

    List<RecordedRequest> requests = script.apiRequests();
    assertThat(requests.get(0).getHeaders().get("X-Trace")).isEqualTo("view");
    assertThat(requests.get(1).getHeaders().get("Idempotency-Key")).isEqualTo("view-key");
    assertThat(requests.get(2).getHeaders().get("X-Trace")).isEqualTo("own");
    assertThat(requests.get(2).getHeaders().get("Idempotency-Key")).isNull();
    assertThat(requests.get(3).getHeaders().get("X-Trace")).isNull();
  }

  @Test
  void withDefaultOptions_aTimeoutForTheWholeCall_applies() {
    api(RetryPolicy.none(), Duration.ofSeconds(10)); // a read timeout far longer than the view's call timeout
    TestApi tagged =
        runtime.withDefaultOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build()).create(TestApi.class);
    script.then(new MockResponse.Builder().headersDelay(3, java.util.concurrent.TimeUnit.SECONDS).body(widget(1)).build());

    assertThatThrownBy(() -> tagged.get(1, "q")).isInstanceOf(TransportException.class);
  }
}
