package io.workbridge.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.journal.JournalEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoNotesSimulatorTest {

  private final MutableClock clock = MutableClock.fixed();
  private final Http http = new Http();
  private DemoNotesSimulator sim;
  private Map<String, String> auth;

  @BeforeEach
  void setUp() {
    sim = new DemoNotesSimulator(clock).start();
    Http.Reply token =
        http.form(
            sim.api().tokenUrl(),
            Map.of(
                "grant_type", "client_credentials",
                "client_id", DemoNotesSimulator.CLIENT_ID,
                "client_secret", DemoNotesSimulator.CLIENT_SECRET),
            null);
    auth =
        Map.of(
            "Authorization", "Bearer " + token.json().get("access_token"), "X-Demo-Key", "k");
  }

  @AfterEach
  void tearDown() {
    sim.close();
    http.close();
  }

  private String url(String path) {
    return sim.api().url(path);
  }

  @Test
  void create_validBody_201AndStateKept() {
    Http.Reply created =
        http.json("POST", url("/v1/accounts/acc-1/notes"), "{\"text\":\"hello\"}", auth);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json()).containsEntry("id", 1L).containsEntry("text", "hello");
    Http.Reply fetched = http.get(url("/v1/accounts/acc-1/notes/1"), auth);
    assertThat(fetched.json()).containsEntry("text", "hello");
    assertThat(sim.noteCount()).isEqualTo(1);
  }

  @Test
  void create_blankText_handlerValidation400InSystemErrorShapeWithRequestNumber() {
    Http.Reply reply = http.json("POST", url("/v1/accounts/acc-1/notes"), "{\"text\":\" \"}", auth);

    assertThat(reply.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) reply.json().get("error");
    assertThat(error).containsEntry("message", "text must not be blank").containsEntry("requestId", "req-2");
    sim.api().assertNoContractViolations();
  }

  @Test
  void create_missingField_contractViolationAnsweredInSystemShapeAndFailsClose() {
    Http.Reply reply = http.json("POST", url("/v1/accounts/acc-1/notes"), "{}", auth);

    assertThat(reply.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) reply.json().get("error");
    assertThat(error).containsEntry("code", "contract");
    assertThat(sim.noteCount()).isZero();
    assertThatThrownBy(sim::close).isInstanceOf(AssertionError.class).hasMessageContaining("text");
    sim.api().clearProblems();
  }

  @Test
  void list_queryOutOfDescribedRange_contractViolation() {
    assertThat(http.get(url("/v1/accounts/acc-1/notes?limit=500"), auth).status()).isEqualTo(400);
    assertThat(sim.api().contractViolations()).hasSize(1);
    sim.api().clearProblems();
  }

  @Test
  void create_malformedJson_400() {
    assertThat(http.json("POST", url("/v1/accounts/acc-1/notes"), "{", auth).status())
        .isEqualTo(400);
    sim.api().clearProblems();
  }

  @Test
  void rateLimit_perAccount_429InSystemShape() {
    int limited = 0;
    for (int i = 0; i < 25; i++) {
      if (http.get(url("/v1/accounts/acc-1/notes"), auth).status() == 429) {
        limited++;
      }
    }

    assertThat(limited).isEqualTo(5);
    clock.advance(java.time.Duration.ofSeconds(1));
    assertThat(http.get(url("/v1/accounts/acc-1/notes"), auth).status()).isEqualTo(200);
  }

  @Test
  void unknownRoute_404InSystemErrorShape() {
    ApiSimulator bare =
        ApiSimulator.builder("bare")
            .errorRenderer((error, request) -> SimResponse.json(error.status(), Json.obj("oops", error.message())))
            .publicRoute("GET", "/v1/things", request -> SimResponse.ok(Json.arr()))
            .build()
            .start();
    try {
      Http.Reply missing = http.get(bare.url("/v1/nothing/here"), Map.of());
      Http.Reply wrongMethod = http.json("PUT", bare.url("/v1/things"), "{}", Map.of());

      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.json()).containsKey("oops");
      assertThat(wrongMethod.status()).isEqualTo(405);
    } finally {
      bare.close();
    }
  }

  @Test
  void pathOutsideDescription_contractViolation() {
    assertThat(http.get(url("/v1/nothing/here"), auth).status()).isEqualTo(400);
    assertThat(sim.api().contractViolations()).hasSize(1);
    sim.api().clearProblems();
  }

  @Test
  void literalRoute_winsOverParam() {
    sim.addNoteDirectly("one");
    sim.addNoteDirectly("two");

    Http.Reply latest = http.get(url("/v1/accounts/acc-1/notes/latest"), auth);

    assertThat(latest.json()).containsEntry("text", "two");
  }

  @Test
  void nonNumericId_404HandledBySimulator() {
    assertThat(http.get(url("/v1/accounts/acc-1/notes/abc"), auth).status()).isEqualTo(404);
  }

  @Test
  void filter_wrongKey_403BeforeHandler() {
    Http.Reply reply =
        http.json(
            "POST",
            url("/v1/accounts/acc-1/notes"),
            "{\"text\":\"x\"}",
            Map.of("Authorization", auth.get("Authorization"), "X-Demo-Key", "wrong"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(sim.noteCount()).isZero();
  }

  @Test
  void missingApiKeyRequiredByDescription_contractViolation() {
    Http.Reply reply =
        http.get(url("/v1/accounts/acc-1/notes"), Map.of("Authorization", auth.get("Authorization")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(sim.api().contractViolations().get(0).messages())
        .anySatisfy(m -> assertThat(m).contains("X-Demo-Key"));
    sim.api().clearProblems();
  }

  @Test
  void principalAttributes_otherAccount_403() {
    assertThat(http.get(url("/v1/accounts/acc-2/notes"), auth).status()).isEqualTo(403);
  }

  @Test
  void publicRoute_noTokenNeeded() {
    assertThat(http.get(url("/health"), Map.of()).status()).isEqualTo(200);
  }

  @Test
  void apiRoute_noToken_401() {
    // the description has no bearer scheme, so this is not a contract violation
    assertThat(http.get(url("/v1/accounts/acc-1/notes"), Map.of("X-Demo-Key", "k")).status())
        .isEqualTo(401);
  }

  @Test
  void journal_recordsEveryRequestWithStatusAndClient() {
    http.json("POST", url("/v1/accounts/acc-1/notes"), "{\"text\":\"a\"}", auth);
    http.get(url("/v1/accounts/acc-1/notes?limit=5"), auth);
    http.get(url("/v1/accounts/acc-1/notes/99"), auth);

    List<JournalEntry> all = sim.api().journal().all();
    assertThat(all).extracting(JournalEntry::number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(sim.api().journal().count("POST", "/oauth/token")).isEqualTo(1);
    JournalEntry list = sim.api().journal().last("GET", "/v1/accounts/[^/]+/notes").orElseThrow();
    assertThat(list.query()).isEqualTo("limit=5");
    assertThat(list.queryParam("limit")).contains("5");
    assertThat(list.header("X-Demo-Key")).contains("k");
    assertThat(list.clientId()).contains(DemoNotesSimulator.CLIENT_ID);
    assertThat(list.status()).isEqualTo(200);
    assertThat(sim.api().journal().find("post", "/v1/accounts/acc-1/notes").get(0).bodyString())
        .isEqualTo("{\"text\":\"a\"}");
    assertThat(sim.api().journal().findByPath(".*/notes/99").get(0).status()).isEqualTo(404);
    assertThat(sim.api().journal().findByMethod("GET")).hasSize(2);
    assertThat(list.toString()).doesNotContain("Bearer");
    sim.api().journal().clear();
    assertThat(sim.api().requestCount()).isZero();
  }

  @Test
  void concurrentClients_handlersSerialisedAndJournalComplete() throws Exception {
    int threads = 6;
    int callsPerThread = 10;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.List<java.util.concurrent.Future<java.util.List<Object>>> futures = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                java.util.List<Object> ids = new java.util.ArrayList<>();
                for (int i = 0; i < callsPerThread; i++) {
                  ids.add(
                      http.json(
                              "POST",
                              url("/v1/accounts/acc-1/notes"),
                              "{\"text\":\"t" + thread + "-" + i + "\"}",
                              auth)
                          .json()
                          .get("id"));
                  clock.advance(java.time.Duration.ofSeconds(1));
                }
                return ids;
              }));
    }
    java.util.Set<Object> ids = new java.util.HashSet<>();
    for (java.util.concurrent.Future<java.util.List<Object>> future : futures) {
      ids.addAll(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(ids).hasSize(threads * callsPerThread);
    assertThat(sim.noteCount()).isEqualTo(threads * callsPerThread);
    assertThat(sim.api().journal().count("POST", "/v1/accounts/acc-1/notes"))
        .isEqualTo(threads * callsPerThread);
    assertThat(sim.api().journal().all())
        .extracting(JournalEntry::number)
        .doesNotHaveDuplicates()
        .hasSize(threads * callsPerThread + 1);
  }

  @Test
  void handlerBug_answered500AndReportedByVerify() {
    ApiSimulator broken =
        ApiSimulator.builder("broken")
            .publicRoute(
                "GET",
                "/boom",
                request -> {
                  throw new IllegalStateException("bug in simulator");
                })
            .publicRoute("GET", "/fine", request -> SimResponse.ok(Json.obj()))
            .build()
            .start();
    try {
      assertThat(http.get(broken.url("/fine"), Map.of()).status()).isEqualTo(200);
      broken.verify();

      assertThat(http.get(broken.url("/boom"), Map.of()).status()).isEqualTo(500);

      assertThat(broken.handlerErrors()).hasSize(1);
      assertThatThrownBy(broken::verify)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("bug in simulator");
      assertThatThrownBy(broken::close).isInstanceOf(AssertionError.class);
    } finally {
      broken.clearProblems();
      broken.close();
    }
  }

  @Test
  void url_beforeStart_failsWithMessage() {
    ApiSimulator notStarted = ApiSimulator.builder("idle").build();

    assertThatThrownBy(notStarted::baseUrl).hasMessageContaining("not started");
  }
}
