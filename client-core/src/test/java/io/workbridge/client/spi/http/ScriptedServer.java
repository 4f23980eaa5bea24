package io.workbridge.client.spi.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A dispatcher that answers the token endpoint itself (counting calls, issuing numbered tokens) and plays a
 * script of responses for every other path, recording the API requests it saw.
 */
final class ScriptedServer extends Dispatcher {
  static final String TOKEN_PATH = "/oauth/token";

  private final Deque<MockResponse> script = new ArrayDeque<>();
  private final List<RecordedRequest> apiRequests = new ArrayList<>();
  private final List<RecordedRequest> tokenRequests = new ArrayList<>();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile long expiresIn = 900;
  private volatile MockResponse tokenOverride;

  synchronized ScriptedServer then(MockResponse response) {
    script.add(response);
    return this;
  }

  ScriptedServer thenJson(int code, String json) {
    return then(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(json).build());
  }

  void expiresIn(long seconds) {
    this.expiresIn = seconds;
  }

  void tokenResponse(MockResponse response) {
    this.tokenOverride = response;
  }

  synchronized List<RecordedRequest> apiRequests() {
    return List.copyOf(apiRequests);
  }

  synchronized List<RecordedRequest> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals(TOKEN_PATH)) {
      synchronized (this) {
        tokenRequests.add(request);
      }
      if (tokenOverride != null) {
        return tokenOverride;
      }
      int n = issued.incrementAndGet();
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/json")
          .body("{\"access_token\":\"token-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}")
          .build();
    }
    synchronized (this) {
      apiRequests.add(request);
      MockResponse next = script.poll();
      return next != null ? next : new MockResponse.Builder().code(500).body("script exhausted").build();
    }
  }
}
