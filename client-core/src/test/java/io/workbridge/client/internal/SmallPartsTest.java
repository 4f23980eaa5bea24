package io.workbridge.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.RateLimiter;
import io.workbridge.client.RetryPolicy;
import io.workbridge.client.Secret;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

  @Test
  void retryAfter_readsSecondsAndHttpDates() {
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Wed, 25 Nov 2026 12:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Wed, 25 Nov 2026 11:00:00 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", now)).isNull();
    assertThat(RetryAfter.parse(null, now)).isNull();
  }

  @Test
  void tokenBucket_allowsBurstThenSpacesPermits() {
    MutableClock time = MutableClock.at("2026-11-25T12:00:00Z");
    RateLimiter limiter = RateLimiter.tokenBucket(5, Duration.ofSeconds(1), time, time::sleep);
    for (int i = 0; i < 5; i++) {
      limiter.acquire();
    }
    assertThat(time.sleeps()).isEmpty();

    limiter.acquire();
    limiter.acquire();

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200));
  }

  @Test
  void tokenBucket_pause_holdsEveryPermitUntilItEnds() {
    MutableClock time = MutableClock.at("2026-11-25T12:00:00Z");
    RateLimiter limiter = RateLimiter.tokenBucket(100, Duration.ofSeconds(1), time, time::sleep);
    limiter.pauseFor(Duration.ofSeconds(3));

    limiter.acquire();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void allOf_takesFromEveryLimiter() {
    MutableClock time = MutableClock.at("2026-11-25T12:00:00Z");
    RateLimiter perClient = RateLimiter.tokenBucket(300, Duration.ofMinutes(1), time, time::sleep);
    RateLimiter perCompany = RateLimiter.tokenBucket(1, Duration.ofMinutes(1), time, time::sleep);
    RateLimiter both = RateLimiter.allOf(perClient, perCompany);

    both.acquire();
    both.acquire();

    assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void retryPolicy_backoffDoublesUpToTheCap() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.backoffBeforeJitter(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoffBeforeJitter(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoffBeforeJitter(5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoffBeforeJitter(40)).isEqualTo(Duration.ofSeconds(8));
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retryBudget_spendsAndRefunds() {
    RetryBudget budget = new RetryBudget(10, 5);
    assertThat(budget.tryAcquire()).isTrue();
    assertThat(budget.tryAcquire()).isTrue();
    assertThat(budget.tryAcquire()).isFalse();
    for (int i = 0; i < 5; i++) {
      budget.refund();
    }
    assertThat(budget.tryAcquire()).isTrue();
  }

  @Test
  void baseUrls_requireHttpsExceptLoopback_andEndWithSlash() {
    assertThat(BaseUrls.parseBase("https://api.example.com/v3", "baseUrl").toString()).isEqualTo("https://api.example.com/v3/");
    assertThat(BaseUrls.parseBase("http://localhost:8080", "baseUrl").toString()).isEqualTo("http://localhost:8080/");
    assertThat(BaseUrls.parseBase("http://127.0.0.1:9/x/", "baseUrl").toString()).isEqualTo("http://127.0.0.1:9/x/");
    assertThat(BaseUrls.parseBase("http://[::1]:9/", "baseUrl").host()).isEqualTo("::1");
    assertThatThrownBy(() -> BaseUrls.parseBase("http://api.example.com", "baseUrl"))
        .hasMessageContaining("https is required")
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> BaseUrls.parseBase("http://127.example.com", "baseUrl"))
        .hasMessageContaining("https is required");
    assertThatThrownBy(() -> BaseUrls.parseBase("not a url", "tokenUrl")).hasMessageContaining("tokenUrl");
  }

  @Test
  void redaction_masksSecretHeadersAndBodyFields() {
    assertThat(Redaction.isSensitiveHeader("Authorization")).isTrue();
    assertThat(Redaction.isSensitiveHeader("ST-App-Key")).isTrue();
    assertThat(Redaction.isSensitiveHeader("X-Api-Token")).isTrue();
    assertThat(Redaction.isSensitiveHeader("Content-Type")).isFalse();
    assertThat(Redaction.maskBody("{\"access_token\":\"abc\",\"name\":\"n\",\"Password\" : \"p w\",\"pin\":1234}"))
        .isEqualTo("{\"access_token\":\"****\",\"name\":\"n\",\"Password\" : \"****\",\"pin\":\"****\"}");
    assertThat(Redaction.maskBody("grant_type=password&username=u&password=secret&client_secret=s"))
        .isEqualTo("grant_type=password&username=u&password=****&client_secret=****");
    assertThat(Redaction.excerpt("x".repeat(600))).hasSize(513);
  }

  @Test
  void secret_isMaskedAndComparedByValue() {
    Secret secret = Secret.of("hunter2");
    assertThat(secret).hasToString("****");
    assertThat(secret.reveal()).isEqualTo("hunter2");
    assertThat(secret.matches("hunter2")).isTrue();
    assertThat(secret.matches("hunter3")).isFalse();
    assertThat(secret).isEqualTo(Secret.of("hunter2")).isNotEqualTo(Secret.of("other"));
    assertThatThrownBy(() -> Secret.of("   ")).hasMessage("a secret must not be blank");
  }

  @Test
  void userAgent_carriesVersionFromTheBuild() {
    assertThat(UserAgent.version()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(UserAgent.of("demo")).startsWith("workbridge-java/0.1.0-SNAPSHOT (demo) Java/");
  }
}
