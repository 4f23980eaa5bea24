package io.workbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.fault.Fault;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A simulator's response latency delays every answer, errors included, without changing it: a client whose
 * read timeout is shorter than the latency times out, one with a longer timeout gets the usual response.
 */
class ResponseLatencyTest {

  private static final Duration LATENCY = Duration.ofSeconds(1);
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(100);

  private final Http patient = new Http(Duration.ofSeconds(10));
  private final Http impatient = new Http(SHORT_TIMEOUT);
  private final ApiSimulator sim =
      ApiSimulator.builder("latency")
          .publicRoute("GET", "/hello", request -> SimResponse.ok(Json.obj("hello", "world")))
          .publicRoute("GET", "/missing", request -> {
            throw ApiError.notFound("no such thing");
          })
          .build()
          .start();

  @AfterEach
  void tearDown() {
    sim.close();
    patient.close();
    impatient.close();
  }

  @Test
  void responseLatency_zeroByDefault_answersAtOnce() {
    assertThat(sim.responseLatency()).isZero();
    assertThat(impatient.get(sim.url("/hello"), Map.of()).status()).isEqualTo(200);
  }

  @Test
  void responseLatency_delaysSuccessesAndErrors_butLeavesThemUnchanged() {
    sim.responseLatency(LATENCY);

    assertThatThrownBy(() -> impatient.get(sim.url("/hello"), Map.of()))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(SocketTimeoutException.class);
    assertThatThrownBy(() -> impatient.get(sim.url("/missing"), Map.of()))
        .hasCauseInstanceOf(SocketTimeoutException.class);
    Http.Reply hello = patient.get(sim.url("/hello"), Map.of());
    assertThat(hello.status()).isEqualTo(200);
    assertThat(hello.json()).containsEntry("hello", "world");
    assertThat(patient.get(sim.url("/missing"), Map.of()).status()).isEqualTo(404);
    // The handler ran for every request, timed out or not: latency is added after handling.
    assertThat(sim.journal().count()).isEqualTo(4);
  }

  @Test
  void responseLatency_addsToADelayedHeadersFault() {
    // Each delay alone is shorter than the client's timeout; only their sum is longer.
    sim.faults().onPath("/hello").then(Fault.delayHeaders(Duration.ofMillis(80)));
    sim.responseLatency(Duration.ofMillis(80));

    assertThatThrownBy(() -> impatient.get(sim.url("/hello"), Map.of()))
        .hasCauseInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void responseLatency_setBackToZero_answersAtOnceAgain() {
    sim.responseLatency(LATENCY).responseLatency(Duration.ZERO);

    assertThat(impatient.get(sim.url("/hello"), Map.of()).status()).isEqualTo(200);
  }

  @Test
  void responseLatency_negative_isRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> sim.responseLatency(Duration.ofMillis(-1)));
  }
}
