package io.workbridge.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {

  private final Http http = new Http();
  private final AtomicInteger handled = new AtomicInteger();
  private ApiSimulator sim = start(42L);

  private ApiSimulator start(long seed) {
    return ApiSimulator.builder("faulty")
        .faultSeed(seed)
        .publicRoute(
            "GET",
            "/v1/items/{id}",
            request -> {
              handled.incrementAndGet();
              return SimResponse.ok(Json.obj("id", request.pathParam("id")));
            })
        .publicRoute(
            "POST",
            "/v1/items",
            request -> {
              handled.incrementAndGet();
              return SimResponse.json(201, Json.obj());
            })
        .build()
        .start();
  }

  @AfterEach
  void tearDown() {
    sim.close();
    http.close();
  }

  private int get(String id) {
    return http.get(sim.url("/v1/items/" + id), Map.of()).status();
  }

  private Http.Reply post() {
    return http.json("POST", sim.url("/v1/items"), "{}", Map.of());
  }

  @Test
  void status_oneShot_firesOnceInSystemErrorShape() {
    sim.faults().on("GET", "/v1/items/\\d+").then(Fault.status(503));

    Http.Reply first = http.get(sim.url("/v1/items/1"), Map.of());

    assertThat(first.status()).isEqualTo(503);
    assertThat(first.json()).containsEntry("status", 503L);
    assertThat(get("2")).isEqualTo(200);
    assertThat(handled).hasValue(1);
    assertThat(sim.faults().firedCount()).isEqualTo(1);
    assertThat(sim.faults().exhausted()).isTrue();
  }

  @Test
  void times_firesThatManyTimesThenStops() {
    sim.faults().onPath("/v1/items/.*").times(3).then(Fault.status(502));

    assertThat(List.of(get("1"), get("1"), get("1"), get("1"))).containsExactly(502, 502, 502, 200);
  }

  @Test
  void always_keepsFiring() {
    sim.faults().on("POST", "/v1/items").always().then(Fault.status(500));

    assertThat(post().status()).isEqualTo(500);
    assertThat(post().status()).isEqualTo(500);
    assertThat(get("1")).isEqualTo(200);
    assertThat(sim.faults().exhausted()).isTrue();
  }

  @Test
  void matchNumber_onlyNthMatchingRequest() {
    sim.faults().on("GET", "/v1/items/\\d+").matchNumber(2).then(Fault.status(504));

    assertThat(post().status()).isEqualTo(201);
    assertThat(List.of(get("1"), get("2"), get("3"))).containsExactly(200, 504, 200);
  }

  @Test
  void requestNumber_countsEveryRequest() {
    sim.faults().onRequestNumber(3).then(Fault.status(503));

    assertThat(List.of(get("1"), post().status(), get("2"), get("3")))
        .containsExactly(200, 201, 503, 200);
  }

  @Test
  void respond_cannedResponseWithHeaders() {
    sim.faults()
        .onAny()
        .then(
            Fault.respond(
                SimResponse.json(429, Json.obj("Reason", "throttled")).withHeader("Retry-After", "2")));

    Http.Reply reply = http.get(sim.url("/v1/items/1"), Map.of());

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("2");
    assertThat(reply.json()).containsEntry("Reason", "throttled");
    assertThat(handled).hasValue(0);
  }

  @Test
  void probability_seeded_repeatableAndPartial() {
    List<Integer> firstRun = run(7L);
    List<Integer> secondRun = run(7L);

    assertThat(firstRun).isEqualTo(secondRun);
    assertThat(firstRun).contains(200, 503);
  }

  private List<Integer> run(long seed) {
    sim.close();
    sim = start(seed);
    sim.faults().onAny().probability(0.5).always().then(Fault.status(503));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(get(Integer.toString(i)));
    }
    return statuses;
  }

  @Test
  void disconnect_requestNotProcessedAndClientSeesIoError() {
    sim.faults().on("POST", "/v1/items").then(Fault.disconnect());

    assertThatThrownBy(this::post)
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);

    assertThat(handled).hasValue(0);
    assertThat(sim.journal().last().orElseThrow().status()).isEqualTo(-1);
    assertThat(post().status()).isEqualTo(201);
  }

  @Test
  void disconnectAfterProcessing_serverDidTheWork() {
    sim.faults().on("POST", "/v1/items").then(Fault.disconnectAfterProcessing());

    assertThatThrownBy(this::post).isInstanceOf(UncheckedIOException.class);

    assertThat(handled).hasValue(1);
  }

  @Test
  void delayHeaders_pastClientTimeout_clientTimesOutButServerProcessed() {
    Http impatient = new Http(Duration.ofMillis(100));
    sim.faults().on("GET", "/v1/items/1").then(Fault.delayHeaders(Duration.ofMillis(400)));
    try {
      assertThatThrownBy(() -> impatient.get(sim.url("/v1/items/1"), Map.of()))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(InterruptedIOException.class);
      assertThat(handled).hasValue(1);
    } finally {
      impatient.close();
    }
  }

  @Test
  void delayProcessing_pastClientTimeout_writeLandsOnlyAfterTheDelay() throws InterruptedException {
    Http impatient = new Http(Duration.ofMillis(100));
    sim.faults().on("POST", "/v1/items").then(Fault.delayProcessing(Duration.ofMillis(600)));
    try {
      assertThatThrownBy(() -> impatient.json("POST", sim.url("/v1/items"), "{}", Map.of()))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(InterruptedIOException.class);
      assertThat(handled).as("still in flight when the client gave up").hasValue(0);
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (handled.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(handled).as("landed after the delay").hasValue(1);
    } finally {
      impatient.close();
    }
  }
}
