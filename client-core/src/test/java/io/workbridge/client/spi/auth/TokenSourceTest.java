package io.workbridge.client.spi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.Secret;
import io.workbridge.client.ServerException;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;

class TokenSourceTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock time = MutableClock.at("2026-11-25T12:00:00Z");

  private static MockResponse token(String access, String refresh, long expiresIn) {
    String refreshField = refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"";
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + refreshField + "}")
        .build();
  }

  private PasswordGrantTokenSource passwordSource(Duration minimumInterval) {
    return PasswordGrantTokenSource.builder()
        .tokenUrl(server.url("/oauth2/token").toString())
        .clientId("app-id")
        .clientSecret(Secret.of("app-secret"))
        .username("api-user")
        .password(Secret.of("user-password"))
        .clock(time)
        .sleeper(time::sleep)
        .minimumInterval(minimumInterval)
        .build();
  }

  private ClientCredentialsTokenSource clientCredentials() {
    return ClientCredentialsTokenSource.builder()
        .tokenUrl(server.url("/connect/token").toString())
        .clientId("cid")
        .clientSecret(Secret.of("csecret"))
        .clock(time)
        .sleeper(time::sleep)
        .build();
  }

  @Test
  void passwordGrant_usesBasicClientAuthThenRefreshToken() throws Exception {
    server.enqueue(token("access-1", "refresh-1", 600));
    server.enqueue(token("access-2", "refresh-2", 600));
    PasswordGrantTokenSource source = passwordSource(Duration.ZERO);

    assertThat(source.token().value().reveal()).isEqualTo("access-1");
    time.advance(Duration.ofSeconds(545));
    assertThat(source.token().value().reveal()).isEqualTo("access-2");

    RecordedRequest first = server.takeRequest();
    assertThat(first.getHeaders().get("Authorization")).isEqualTo(Credentials.basic("app-id", "app-secret"));
    assertThat(first.getBody().utf8()).isEqualTo("grant_type=password&username=api-user&password=user-password");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getHeaders().get("Authorization")).isEqualTo(Credentials.basic("app-id", "app-secret"));
    assertThat(second.getBody().utf8()).isEqualTo("grant_type=refresh_token&refresh_token=refresh-1");
  }

  @Test
  void passwordGrant_refusedRefresh_fallsBackToPasswordGrantOnce() throws Exception {
    server.enqueue(token("access-1", "refresh-1", 600));
    server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":\"invalid_grant\"}").build());
    server.enqueue(token("access-2", "refresh-2", 600));
    PasswordGrantTokenSource source = passwordSource(Duration.ZERO);
    source.token();
    time.advance(Duration.ofSeconds(600));

    assertThat(source.token().value().reveal()).isEqualTo("access-2");

    server.takeRequest();
    assertThat(server.takeRequest().getBody().utf8()).startsWith("grant_type=refresh_token");
    assertThat(server.takeRequest().getBody().utf8()).startsWith("grant_type=password");
  }

  @Test
  void passwordGrant_minimumInterval_spacesTokenCalls() {
    server.enqueue(token("access-1", null, 600));
    server.enqueue(token("access-2", null, 600));
    PasswordGrantTokenSource source = passwordSource(Duration.ofSeconds(5));
    AccessToken first = source.token();
    time.advance(Duration.ofSeconds(2));

    source.refreshAfterRejection(first);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void refreshAfterRejection_ofAnAlreadyReplacedToken_doesNotCallAgain() {
    server.enqueue(token("access-1", null, 900));
    server.enqueue(token("access-2", null, 900));
    ClientCredentialsTokenSource source = clientCredentials();
    AccessToken first = source.token();
    AccessToken second = source.refreshAfterRejection(first);

    AccessToken third = source.refreshAfterRejection(first);

    assertThat(third).isSameAs(second);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tokenEndpoint_redirect_isAuthenticationExceptionSayingClientNotRegistered() {
    server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "https://login.example/error").build());

    AuthenticationException error = catchThrowableOfType(AuthenticationException.class, () -> clientCredentials().token());

    assertThat(error.getMessage()).contains("not registered for this environment").contains("oauth.token");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void tokenEndpoint_invalidClient_isAuthenticationExceptionWithOAuthCodeAndNoSecret() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"error\":\"invalid_client\",\"error_description\":\"bad secret csecret\"}")
            .build());

    AuthenticationException error = catchThrowableOfType(AuthenticationException.class, () -> clientCredentials().token());

    assertThat(error.errorCode()).contains("invalid_client");
    assertThat(error.statusCode()).isEqualTo(401);
  }

  @Test
  void tokenEndpoint_429_isRateLimitedWithRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "5").body("{}").build());

    RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> clientCredentials().token());

    assertThat(error.retryAfter()).contains(Duration.ofSeconds(5));
  }

  @Test
  void tokenEndpoint_loginThrottled_keepsTheErrorMessageHeader() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "5")
            .setHeader("Error-Message", "Rejected by security reason: Login attempts limit exceed.")
            .build());

    RateLimitedException error =
        catchThrowableOfType(RateLimitedException.class, () -> passwordSource(Duration.ZERO).token());

    assertThat(error.errorMessage()).contains("Rejected by security reason: Login attempts limit exceed.");
    assertThat(error.getMessage()).contains("Login attempts limit exceed");
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(5));
  }

  @Test
  void tokenEndpoint_5xx_isServerException() {
    server.enqueue(new MockResponse.Builder().code(503).body("down").build());

    assertThatThrownBy(() -> clientCredentials().token()).isInstanceOf(ServerException.class);
  }

  @Test
  void tokenEndpoint_responseWithoutAccessToken_isInvalidResponse() {
    server.enqueue(new MockResponse.Builder().body("{\"token_type\":\"bearer\"}").build());

    InvalidResponseException error = catchThrowableOfType(InvalidResponseException.class, () -> clientCredentials().token());

    assertThat(error.jsonPath()).contains("$.access_token");
  }

  @Test
  void failedRenewal_isNotCached_nextCallTriesAgain() {
    server.enqueue(new MockResponse.Builder().code(503).body("down").build());
    server.enqueue(token("access-1", null, 900));
    ClientCredentialsTokenSource source = clientCredentials();

    assertThatThrownBy(source::token).isInstanceOf(ServerException.class);
    assertThat(source.token().value().reveal()).isEqualTo("access-1");
  }

  @Test
  void builders_listEveryMissingSetting() {
    assertThatThrownBy(() -> PasswordGrantTokenSource.builder().tokenUrl("https://login.example/token").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clientId")
        .hasMessageContaining("clientSecret")
        .hasMessageContaining("username")
        .hasMessageContaining("password");
  }

  @Test
  void builders_refusePlainHttpToRemoteHosts() {
    assertThatThrownBy(
            () ->
                ClientCredentialsTokenSource.builder()
                    .tokenUrl("http://auth.example.com/connect/token")
                    .clientId("c")
                    .clientSecret(Secret.of("s"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https is required");
  }

  @Test
  void toString_neverShowsCredentials() {
    server.enqueue(token("access-xyz", "refresh-xyz", 600));
    PasswordGrantTokenSource source = passwordSource(Duration.ZERO);
    AccessToken token = source.token();

    assertThat(token.toString()).doesNotContain("access-xyz").doesNotContain("refresh-xyz");
    assertThat(source.toString()).doesNotContain("user-password").doesNotContain("app-secret");
  }
}
