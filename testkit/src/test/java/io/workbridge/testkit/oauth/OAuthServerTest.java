package io.workbridge.testkit.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthServerTest {

  private final MutableClock clock = MutableClock.fixed();
  private final Http http = new Http();
  private ApiSimulator sim;

  @AfterEach
  void tearDown() {
    if (sim != null) {
      sim.close();
    }
    http.close();
  }

  private OAuthServer start(OAuthServer oauth) {
    sim =
        ApiSimulator.builder("oauth-test")
            .clock(clock)
            .oauth(oauth)
            .get(
                "/api/me",
                request ->
                    SimResponse.ok(
                        Json.obj(
                            "client", request.requirePrincipal().clientId(),
                            "user", request.requirePrincipal().username(),
                            "company", request.requirePrincipal().attribute("company"))))
            .build()
            .start();
    return oauth;
  }

  private OAuthServer clientCredentialsServer() {
    return start(
        OAuthServer.builder()
            .clock(clock)
            .tokenPath("/connect/token")
            .accessTokenLifetime(Duration.ofSeconds(900))
            .build()
            .registerClient("cid", "csecret", Map.of("company", "42")));
  }

  private OAuthServer passwordServer() {
    return start(
        OAuthServer.builder()
            .clock(clock)
            .grants(GrantType.PASSWORD, GrantType.REFRESH_TOKEN)
            .clientAuthentication(ClientAuthentication.BASIC)
            .accessTokenLifetime(Duration.ofSeconds(600))
            .refreshTokenLifetime(Duration.ofDays(30))
            .tokenType("bearer")
            .redirectUnregisteredClientsTo("/Account/LogOn?ReturnUrl=%2foauth%2ftoken")
            .build()
            .registerClient("SB.2014917243.abc", "sc-secret")
            .registerUser("tech@example.com", "pw", Map.of("company", "2000090505")));
  }

  private static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private Http.Reply clientCredentials(String id, String secret) {
    return http.form(
        sim.tokenUrl(),
        Map.of("grant_type", "client_credentials", "client_id", id, "client_secret", secret),
        null);
  }

  private Http.Reply password(String user, String pw) {
    return http.form(
        sim.tokenUrl(),
        Map.of("grant_type", "password", "username", user, "password", pw),
        basic("SB.2014917243.abc", "sc-secret"));
  }

  private Http.Reply me(String token) {
    return http.get(sim.url("/api/me"), Map.of("Authorization", "Bearer " + token));
  }

  @Test
  void clientCredentials_validForm_returnsBearerTokenWithLifetime() {
    OAuthServer oauth = clientCredentialsServer();

    Http.Reply reply = clientCredentials("cid", "csecret");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json())
        .containsEntry("token_type", "Bearer")
        .containsEntry("expires_in", 900L)
        .doesNotContainKey("refresh_token");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    String token = (String) reply.json().get("access_token");
    Http.Reply me = me(token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json()).containsEntry("client", "cid").containsEntry("company", "42");
    assertThat(oauth.tokenRequestCount()).isEqualTo(1);
    assertThat(oauth.tokenRequestCount("cid")).isEqualTo(1);
    assertThat(oauth.tokenRequestCount(GrantType.CLIENT_CREDENTIALS)).isEqualTo(1);
  }

  @Test
  void clientCredentials_wrongSecret_401InvalidClient() {
    clientCredentialsServer();

    Http.Reply reply = clientCredentials("cid", "wrong");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json()).containsEntry("error", "invalid_client");
    assertThat(reply.body()).doesNotContain("csecret").doesNotContain("wrong");
  }

  @Test
  void clientCredentials_unknownClientWithoutRedirect_401InvalidClient() {
    clientCredentialsServer();

    Http.Reply reply = clientCredentials("nobody", "x");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json()).containsEntry("error", "invalid_client");
  }

  @Test
  void tokenEndpoint_unsupportedGrant_400() {
    clientCredentialsServer();

    Http.Reply reply =
        http.form(
            sim.tokenUrl(),
            Map.of("grant_type", "password", "client_id", "cid", "client_secret", "csecret"),
            null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json()).containsEntry("error", "unsupported_grant_type");
  }

  @Test
  void tokenEndpoint_jsonInsteadOfForm_400InvalidRequest() {
    clientCredentialsServer();

    Http.Reply reply = http.json("POST", sim.tokenUrl(), "{\"grant_type\":\"client_credentials\"}", Map.of());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json()).containsEntry("error", "invalid_request");
  }

  @Test
  void tokenEndpoint_get_405() {
    clientCredentialsServer();

    assertThat(http.get(sim.tokenUrl(), Map.of()).status()).isEqualTo(405);
  }

  @Test
  void bearer_tokenExpiresByClock_401ThenNewTokenWorks() {
    OAuthServer oauth = clientCredentialsServer();
    String token = (String) clientCredentials("cid", "csecret").json().get("access_token");

    clock.advance(Duration.ofSeconds(899));
    assertThat(me(token).status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    Http.Reply expired = me(token);

    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
    String fresh = (String) clientCredentials("cid", "csecret").json().get("access_token");
    assertThat(me(fresh).status()).isEqualTo(200);
    assertThat(oauth.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void bearer_missingOrUnknownOrNotBearer_401() {
    clientCredentialsServer();

    assertThat(http.get(sim.url("/api/me"), Map.of()).status()).isEqualTo(401);
    assertThat(me("made-up").status()).isEqualTo(401);
    String token = (String) clientCredentials("cid", "csecret").json().get("access_token");
    assertThat(http.get(sim.url("/api/me"), Map.of("Authorization", token)).status()).isEqualTo(401);
  }

  @Test
  void bearer_bareTokenAccepted_whenConfigured() {
    OAuthServer oauth =
        start(
            OAuthServer.builder()
                .clock(clock)
                .acceptBareTokens(true)
                .build()
                .registerClient("cid", "csecret"));
    String token = oauth.issueAccessToken("cid", null);

    assertThat(http.get(sim.url("/api/me"), Map.of("Authorization", token)).status())
        .isEqualTo(200);
    assertThat(oauth.tokenRequestCount()).isZero();
    assertThat(oauth.accessTokensIssued()).isEqualTo(1);
  }

  @Test
  void revokeAndExpire_fromTest_makeTokensFail() {
    OAuthServer oauth = clientCredentialsServer();
    String first = oauth.issueAccessToken("cid", null);
    String second = oauth.issueAccessToken("cid", null);

    oauth.revoke(first);
    assertThat(me(first).status()).isEqualTo(401);
    assertThat(me(second).status()).isEqualTo(200);
    oauth.expireAccessTokens();
    assertThat(me(second).status()).isEqualTo(401);
    assertThat(oauth.validAccessTokens()).isEmpty();
    String third = oauth.issueAccessToken("cid", null);
    oauth.revokeAll();
    assertThat(me(third).status()).isEqualTo(401);
  }

  @Test
  void passwordGrant_basicClientAuth_returnsAccessAndRefreshToken() {
    OAuthServer oauth = passwordServer();

    Http.Reply reply = password("tech@example.com", "pw");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json())
        .containsEntry("token_type", "bearer")
        .containsEntry("expires_in", 600L)
        .containsKey("refresh_token");
    Http.Reply me = me((String) reply.json().get("access_token"));
    assertThat(me.json())
        .containsEntry("client", "SB.2014917243.abc")
        .containsEntry("user", "tech@example.com")
        .containsEntry("company", "2000090505");
    assertThat(oauth.tokenRequestCount(GrantType.PASSWORD)).isEqualTo(1);
  }

  @Test
  void passwordGrant_wrongPassword_400InvalidGrant() {
    passwordServer();

    Http.Reply reply = password("tech@example.com", "nope");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json()).containsEntry("error", "invalid_grant");
  }

  @Test
  void passwordGrant_clientSecretInFormWhenOnlyBasicAllowed_401InvalidClient() {
    passwordServer();

    Http.Reply reply =
        http.form(
            sim.tokenUrl(),
            Map.of(
                "grant_type", "password", "username", "tech@example.com", "password", "pw",
                "client_id", "SB.2014917243.abc", "client_secret", "sc-secret"),
            null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json()).containsEntry("error", "invalid_client");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void passwordGrant_unregisteredClient_302ToLoginPage() {
    OAuthServer oauth = passwordServer();

    Http.Reply reply =
        http.form(
            sim.tokenUrl(),
            Map.of("grant_type", "password", "username", "tech@example.com", "password", "pw"),
            basic("PR.1.unknown", "x"));

    assertThat(reply.status()).isEqualTo(302);
    assertThat(reply.header("Location")).startsWith("/Account/LogOn");
    assertThat(oauth.tokenRequestCount("PR.1.unknown")).isEqualTo(1);
  }

  @Test
  void refreshGrant_validRefreshToken_newAccessTokenSameRefreshToken() {
    OAuthServer oauth = passwordServer();
    Map<String, Object> first = password("tech@example.com", "pw").json();
    String refresh = (String) first.get("refresh_token");
    clock.advance(Duration.ofSeconds(601));
    assertThat(me((String) first.get("access_token")).status()).isEqualTo(401);

    Http.Reply reply =
        http.form(
            sim.tokenUrl(),
            Map.of("grant_type", "refresh_token", "refresh_token", refresh),
            basic("SB.2014917243.abc", "sc-secret"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).containsEntry("refresh_token", refresh);
    assertThat(me((String) reply.json().get("access_token")).json())
        .containsEntry("user", "tech@example.com");
    assertThat(oauth.tokenRequestCount(GrantType.REFRESH_TOKEN)).isEqualTo(1);
  }

  @Test
  void refreshGrant_expiredOrUnknownRefreshToken_400InvalidGrant() {
    OAuthServer oauth = passwordServer();
    String refresh = (String) password("tech@example.com", "pw").json().get("refresh_token");
    oauth.expireRefreshTokens();

    Http.Reply expired =
        http.form(
            sim.tokenUrl(),
            Map.of("grant_type", "refresh_token", "refresh_token", refresh),
            basic("SB.2014917243.abc", "sc-secret"));
    Http.Reply unknown =
        http.form(
            sim.tokenUrl(),
            Map.of("grant_type", "refresh_token", "refresh_token", "rt-made-up"),
            basic("SB.2014917243.abc", "sc-secret"));

    assertThat(expired.status()).isEqualTo(400);
    assertThat(expired.json()).containsEntry("error", "invalid_grant");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json()).containsEntry("error", "invalid_grant");
  }

  @Test
  void refreshGrant_rotation_oldRefreshTokenRejected() {
    start(
        OAuthServer.builder()
            .clock(clock)
            .grants(GrantType.PASSWORD, GrantType.REFRESH_TOKEN)
            .clientAuthentication(ClientAuthentication.BASIC)
            .rotateRefreshTokens(true)
            .build()
            .registerClient("SB.2014917243.abc", "sc-secret")
            .registerUser("tech@example.com", "pw"));
    String refresh = (String) password("tech@example.com", "pw").json().get("refresh_token");
    Map<String, String> form = Map.of("grant_type", "refresh_token", "refresh_token", refresh);

    Http.Reply rotated = http.form(sim.tokenUrl(), form, basic("SB.2014917243.abc", "sc-secret"));
    Http.Reply reused = http.form(sim.tokenUrl(), form, basic("SB.2014917243.abc", "sc-secret"));

    assertThat(rotated.json().get("refresh_token")).isNotEqualTo(refresh);
    assertThat(reused.status()).isEqualTo(400);
  }

  @Test
  void tokenCallLimit_secondCallWithinWindow_429WithRetryAfterThenAllowed() {
    OAuthServer oauth =
        start(
            OAuthServer.builder()
                .clock(clock)
                .grants(GrantType.PASSWORD, GrantType.REFRESH_TOKEN)
                .clientAuthentication(ClientAuthentication.BASIC)
                .tokenCallLimit(
                    1,
                    Duration.ofSeconds(5),
                    SimResponse.status(429)
                        .withHeader(
                            "Error-Message",
                            "Rejected by security reason: Login attempts limit exceed."))
                .build()
                .registerClient("SB.2014917243.abc", "sc-secret")
                .registerUser("tech@example.com", "pw")
                .registerUser("other@example.com", "pw"));

    assertThat(password("tech@example.com", "pw").status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(2));
    Http.Reply limited = password("tech@example.com", "pw");
    Http.Reply otherUser = password("other@example.com", "pw");
    clock.advance(Duration.ofSeconds(3));
    Http.Reply later = password("tech@example.com", "pw");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("3");
    assertThat(limited.header("Error-Message")).contains("Login attempts limit exceed");
    assertThat(otherUser.status()).isEqualTo(200);
    assertThat(later.status()).isEqualTo(200);
    assertThat(oauth.tokenRequestCount()).isEqualTo(4);
    assertThat(oauth.accessTokensIssued()).isEqualTo(3);
  }
}
