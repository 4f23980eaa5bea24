package io.workbridge.leads;

import static io.workbridge.leads.support.MockVendor.error;
import static io.workbridge.leads.support.MockVendor.json;
import static io.workbridge.leads.support.MockVendor.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.ValidationException;
import io.workbridge.leads.model.Account;
import io.workbridge.leads.model.Profile;
import io.workbridge.leads.support.Fixtures;
import io.workbridge.leads.support.MockVendor;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AccountsResourceTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final MutableClock time = MutableClock.at("2026-11-20T16:00:00Z");

  private LeadsClient client() {
    return MockVendor.clientFor(server, time).build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).as("expected another request").isNotNull();
    return request;
  }

  private void assertTokenRequest() throws InterruptedException {
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/oauth/token");
    assertThat(request.getBody().utf8())
        .contains("grant_type=client_credentials")
        .contains("client_id=dealer-client")
        .contains("client_secret=dealer-secret");
  }

  private void assertAccountsRequest(String expectedToken) throws InterruptedException {
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts");
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + expectedToken);
  }

  @Test
  void list_ok_returnsAccountsAndSendsBearer() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("accounts.list", "ok")));
    try (LeadsClient leads = client()) {
      List<Account> accounts = leads.accounts().list();

      assertThat(accounts)
          .extracting(Account::id, Account::name, Account::dealerId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("acc-100", "Cool Breeze HVAC - North", "dlr-7"),
              org.assertj.core.groups.Tuple.tuple("acc-200", "Cool Breeze HVAC - South", "dlr-7"));
    }
    assertTokenRequest();
    assertAccountsRequest("tok-1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void list_empty_returnsNoAccounts() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("accounts.list", "empty")));
    try (LeadsClient leads = client()) {
      assertThat(leads.accounts().list()).isEmpty();
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void list_unknownFieldsAndValues_areIgnored() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("accounts.list", "unknown-field")));
    server.enqueue(json(200, Fixtures.read("accounts.list", "unknown-enum")));
    try (LeadsClient leads = client()) {
      assertThat(leads.accounts().list()).extracting(Account::id).containsExactly("acc-100");
      assertThat(leads.accounts().list()).extracting(Account::id).containsExactly("acc-100");
    }
  }

  @Test
  void list_malformedJson_throwsInvalidResponse() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("accounts.list", "malformed")));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("accounts.list");
    }
  }

  @Test
  void list_accountWithoutDealerId_throwsInvalidResponseNamingThePath() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, "{\"data\":[{\"id\":\"acc-1\",\"name\":\"North\"}]}"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOfSatisfying(
              InvalidResponseException.class,
              e -> assertThat(e.jsonPath()).contains("$.data[0].dealerId"));
    }
  }

  @Test
  void list_400_throwsValidationExceptionWithCodeAndRequestId() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(error(400, "invalid_request", "unsupported parameter", "req-400"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.errorCode()).contains("invalid_request");
                assertThat(e.requestId()).contains("req-400");
                assertThat(e.operation()).isEqualTo("accounts.list");
                assertThat(e.getMessage()).contains("unsupported parameter");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void list_401Once_refreshesTokenOnceThenSucceeds() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(error(401, "invalid_token", "token expired", "req-401"));
    server.enqueue(token("tok-2"));
    server.enqueue(json(200, Fixtures.read("accounts.list", "ok")));
    try (LeadsClient leads = client()) {
      assertThat(leads.accounts().list()).hasSize(2);
    }
    assertTokenRequest();
    assertAccountsRequest("tok-1");
    assertTokenRequest();
    assertAccountsRequest("tok-2");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void list_401Twice_throwsAuthenticationException() {
    server.enqueue(token("tok-1"));
    server.enqueue(error(401, "invalid_token", "token expired", "req-1"));
    server.enqueue(token("tok-2"));
    server.enqueue(error(401, "invalid_token", "token revoked", "req-2"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOfSatisfying(
              AuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void profiles_404_throwsNotFound() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(error(404, "not_found", "no account acc-x", "req-404"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().profiles("acc-x"))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.operation()).isEqualTo("profiles.list");
                assertThat(e.errorCode()).contains("not_found");
              });
    }
    take();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/accounts/acc-x/profiles");
  }

  @Test
  void list_429WithRetryAfter_sleepsExactlyRetryAfterThenSucceeds() {
    server.enqueue(token("tok-1"));
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "3")
            .body("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\",\"requestId\":\"r\"}}")
            .build());
    server.enqueue(json(200, Fixtures.read("accounts.list", "ok")));
    try (LeadsClient leads = client()) {
      assertThat(leads.accounts().list()).hasSize(2);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void list_429BeyondRetries_throwsRateLimitedWithRetryAfter() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    }
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void list_503ThreeTimes_throwsServerExceptionAfterMaxRetriesPlusOne() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(503, "unavailable", "maintenance", "req-503-" + i));
    }
    try (LeadsClient leads = MockVendor.clientFor(server, time).maxRetries(2).build()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOfSatisfying(
              ServerException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(503);
                assertThat(e.requestId()).contains("req-503-2");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(1 + 3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void list_disconnect_throwsTransportException() {
    server.enqueue(token("tok-1"));
    MockResponse drop =
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(drop);
    }
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.getMessage()).contains("accounts.list"));
    }
    assertThat(server.getRequestCount()).isEqualTo(1 + 3);
  }

  @Test
  void list_headersDelayPastReadTimeout_timesOut() {
    server.enqueue(token("tok-1"));
    MockResponse slow =
        new MockResponse.Builder()
            .headersDelay(2, TimeUnit.SECONDS)
            .body(Fixtures.read("accounts.list", "ok"))
            .build();
    server.enqueue(slow);
    try (LeadsClient leads =
        MockVendor.clientFor(server, time).readTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
      assertThatThrownBy(() -> leads.accounts().list())
          .isInstanceOf(TransportException.class)
          .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    }
  }

  @Test
  void profiles_ok_returnsProfilesOfTheAccount() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("profiles.list", "ok")));
    try (LeadsClient leads = client()) {
      assertThat(leads.accounts().profiles("acc-100"))
          .extracting(Profile::id, Profile::name)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("prof-1", "Residential"),
              org.assertj.core.groups.Tuple.tuple("prof-2", "Light Commercial"));
    }
    take();
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/acc-100/profiles");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
  }

  @Test
  void ld07_profiles_accountWithoutProfiles_returnsEmptyList() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("profiles.list", "empty")));
    try (LeadsClient leads = client()) {
      assertThat(leads.accounts().profiles("acc-200")).isEmpty();
    }
  }

  @Test
  void profiles_unknownFieldsAndValues_areIgnored() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("profiles.list", "unknown-field")));
    server.enqueue(json(200, Fixtures.read("profiles.list", "unknown-enum")));
    try (LeadsClient leads = client()) {
      assertThat(leads.accounts().profiles("acc-100")).extracting(Profile::id).containsExactly("prof-1");
      assertThat(leads.accounts().profiles("acc-100")).extracting(Profile::id).containsExactly("prof-1");
    }
  }

  @Test
  void profiles_malformed_throwsInvalidResponseWithPath() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("profiles.list", "malformed")));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.accounts().profiles("acc-100"))
          .isInstanceOfSatisfying(
              InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$.data"));
    }
  }

  @Test
  void rateLimit_defaultTwentyPerSecond_waitsBeforeTheTwentyFirstCall() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 21; i++) {
      server.enqueue(json(200, Fixtures.read("accounts.list", "empty")));
    }
    try (LeadsClient leads = client()) {
      for (int i = 0; i < 20; i++) {
        leads.accounts().list();
      }
      assertThat(time.sleeps()).isEmpty();
      leads.accounts().list();
    }
    assertThat(time.sleeps()).hasSize(1);
    assertThat(time.sleeps().get(0)).isPositive().isLessThanOrEqualTo(Duration.ofMillis(50));
  }
}
