package io.workbridge.servicetitan.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer script: the token endpoint ({@code /connect/token}) always answers a fresh token; every
 * other request takes the next queued response (404 when the queue is empty). Requests are recorded.
 */
public final class ScriptedServer extends Dispatcher {
  public static final String TOKEN_PATH = "/connect/token";

  private final Queue<MockResponse> responses = new ConcurrentLinkedQueue<>();
  private final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private volatile String tokenPrefix = "token-";

  public static ScriptedServer on(MockWebServer server) {
    ScriptedServer script = new ScriptedServer();
    server.setDispatcher(script);
    return script;
  }

  /** Issues tokens starting with this text (e.g. a canary). */
  public ScriptedServer tokenPrefix(String prefix) {
    this.tokenPrefix = prefix;
    return this;
  }

  public ScriptedServer enqueue(MockResponse response) {
    responses.add(response);
    return this;
  }

  public ScriptedServer json(int status, String body) {
    return enqueue(
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "application/json; charset=utf-8")
            .body(body)
            .build());
  }

  public List<RecordedRequest> apiRequests() {
    return List.copyOf(apiRequests);
  }

  public RecordedRequest onlyApiRequest() {
    if (apiRequests.size() != 1) {
      throw new AssertionError("expected one API request, saw " + apiRequests.size());
    }
    return apiRequests.get(0);
  }

  public List<RecordedRequest> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals(TOKEN_PATH)) {
      tokenRequests.add(request);
      int n = tokens.incrementAndGet();
      return new MockResponse.Builder()
          .code(200)
          .setHeader("Content-Type", "application/json")
          .body("{\"access_token\":\"" + tokenPrefix + n + "\",\"expires_in\":900,\"token_type\":\"Bearer\"}")
          .build();
    }
    apiRequests.add(request);
    MockResponse next = responses.poll();
    return next != null ? next : new MockResponse.Builder().code(404).body("{}").build();
  }
}
