package io.workbridge.testkit.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.oauth.OAuthServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-15T12:00:00Z"));
  private final Http http = new Http();
  private final OAuthServer oauth =
      OAuthServer.builder()
          .clock(clock)
          .build()
          .registerClient("app-1", "s", Map.of("company", "C1"))
          .registerClient("app-2", "s", Map.of("company", "C1"))
          .registerClient("app-3", "s", Map.of("company", "C2"));
  private ApiSimulator sim;

  @AfterEach
  void tearDown() {
    sim.close();
    http.close();
  }

  private void start(RateLimit... rules) {
    ApiSimulator.Builder builder =
        ApiSimulator.builder("limited")
            .clock(clock)
            .oauth(oauth)
            .get("/v1/things", request -> SimResponse.ok(Json.obj("ok", true)))
            .publicRoute("GET", "/public", request -> SimResponse.noContent());
    for (RateLimit rule : rules) {
      builder.rateLimit(rule);
    }
    sim = builder.build().start();
  }

  private int call(String client) {
    return callReply(client).status();
  }

  private Http.Reply callReply(String client) {
    return http.get(
        sim.url("/v1/things"),
        Map.of("Authorization", "Bearer " + oauth.issueAccessToken(client, null)));
  }

  @Test
  void perSecondLimit_overLimit_429WithRetryAfterUntilWindowEnds() {
    RateLimit rule = RateLimit.builder("tenant").limit(3).per(Duration.ofSeconds(1)).build();
    start(rule);
    clock.advance(Duration.ofMillis(400));

    assertThat(call("app-1")).isEqualTo(200);
    assertThat(call("app-1")).isEqualTo(200);
    assertThat(call("app-1")).isEqualTo(200);
    Http.Reply limited = callReply("app-1");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("1");
    assertThat(limited.json()).containsKey("message");
    assertThat(call("app-2")).isEqualTo(200);
    assertThat(rule.rejectedCount()).isEqualTo(1);
    clock.advance(Duration.ofMillis(600));
    assertThat(call("app-1")).isEqualTo(200);
  }

  @Test
  void perMinuteLimit_systemBodyShape_retryAfterCountsToWindowEnd() {
    start(
        RateLimit.builder("application")
            .limit(1)
            .per(Duration.ofMinutes(1))
            .response(
                hit ->
                    SimResponse.json(
                        429,
                        Json.obj(
                            "Reason",
                            "Request has been throttled. Your current Application limit is ["
                                + hit.limit()
                                + "] per [1] minute")))
            .build());
    clock.advance(Duration.ofSeconds(20));

    assertThat(call("app-1")).isEqualTo(200);
    Http.Reply limited = callReply("app-1");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("40");
    assertThat(limited.json())
        .containsEntry(
            "Reason", "Request has been throttled. Your current Application limit is [1] per [1] minute");
  }

  @Test
  void twoRules_companyLimitSharedAcrossApplications() {
    RateLimit app = RateLimit.builder("application").limit(5).per(Duration.ofMinutes(1)).build();
    RateLimit company =
        RateLimit.builder("company")
            .limit(2)
            .per(Duration.ofMinutes(1))
            .key(RateLimit.byAttribute("company"))
            .build();
    start(app, company);

    assertThat(call("app-1")).isEqualTo(200);
    assertThat(call("app-2")).isEqualTo(200);
    assertThat(call("app-2")).isEqualTo(429);
    assertThat(call("app-3")).isEqualTo(200);
    assertThat(company.rejectedCount()).isEqualTo(1);
    assertThat(app.rejectedCount()).isZero();
  }

  @Test
  void publicRoutes_andReset_notLimited() {
    RateLimit rule = RateLimit.builder("tenant").limit(1).per(Duration.ofSeconds(1)).build();
    start(rule);

    assertThat(http.get(sim.url("/public"), Map.of()).status()).isEqualTo(204);
    assertThat(http.get(sim.url("/public"), Map.of()).status()).isEqualTo(204);
    assertThat(call("app-1")).isEqualTo(200);
    assertThat(call("app-1")).isEqualTo(429);
    rule.reset();
    assertThat(call("app-1")).isEqualTo(200);
  }

  @Test
  void customRetryAfter_keptWhenResponseSetsIt() {
    start(
        RateLimit.builder("x")
            .limit(0)
            .response(hit -> SimResponse.status(429).withHeader("Retry-After", "7"))
            .build());

    assertThat(callReply("app-1").header("Retry-After")).isEqualTo("7");
  }
}
