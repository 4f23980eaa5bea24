package io.workbridge.testkit.demo;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.contract.OpenApiContract;
import io.workbridge.testkit.oauth.OAuthServer;
import io.workbridge.testkit.ratelimit.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny stateful simulator built on the testkit base, as a system simulator would be: a notes API per
 * account behind a client-credentials token endpoint, with its own error shape, its own API description
 * (test resource {@code openapi/demo/notes-v1.json}) and a per-account rate limit.
 */
public final class DemoNotesSimulator implements AutoCloseable {

  public static final String CLIENT_ID = "demo-client";
  public static final String CLIENT_SECRET = "demo-secret-canary";

  private final Map<Long, Map<String, Object>> notes = new TreeMap<>();
  private long nextId = 1;
  private final OAuthServer oauth;
  private final ApiSimulator api;

  public DemoNotesSimulator(MutableClock clock) {
    oauth =
        OAuthServer.builder()
            .clock(clock)
            .tokenPath("/oauth/token")
            .accessTokenLifetime(Duration.ofMinutes(15))
            .build()
            .registerClient(CLIENT_ID, CLIENT_SECRET, Map.of("account", "acc-1"));
    api =
        ApiSimulator.builder("demo")
            .clock(clock)
            .errorRenderer(
                (error, request) ->
                    SimResponse.json(
                        error.status(),
                        Json.obj(
                            "error",
                            Json.obj(
                                "code", error.code().orElse("error"),
                                "message", error.message(),
                                "requestId", "req-" + request.number()))))
            .oauth(oauth)
            .contract(
                OpenApiContract.builder()
                    .spec("openapi/demo/notes-v1.json")
                    .ignorePaths("/health")
                    .build())
            .rateLimit(
                RateLimit.builder("account")
                    .limit(20)
                    .per(Duration.ofSeconds(1))
                    .key(RateLimit.byAttribute("account"))
                    .response(
                        hit ->
                            SimResponse.json(
                                429,
                                Json.obj(
                                    "error",
                                    Json.obj(
                                        "code", "rate_limited",
                                        "message", "Over " + hit.limit() + " requests per second"))))
                    .build())
            .filter(
                request -> {
                  if (!request.header("X-Demo-Key").orElse("").equals("k")) {
                    throw new ApiError(403, "bad_key", "X-Demo-Key is not valid");
                  }
                })
            .post("/v1/accounts/{account}/notes", this::create)
            .get("/v1/accounts/{account}/notes", this::list)
            .get("/v1/accounts/{account}/notes/{id}", this::get)
            .get("/v1/accounts/{account}/notes/latest", this::latest)
            .delete("/v1/accounts/{account}/notes/{id}", this::delete)
            .publicRoute("GET", "/health", request -> SimResponse.ok(Json.obj("ok", true)))
            .build();
  }

  public DemoNotesSimulator start() {
    api.start();
    return this;
  }

  public ApiSimulator api() {
    return api;
  }

  public OAuthServer oauth() {
    return oauth;
  }

  /** Test helper: a note added "in the UI", not through the API. */
  public long addNoteDirectly(String text) {
    return api.exclusive(() -> store(text));
  }

  public int noteCount() {
    return api.exclusive(notes::size);
  }

  @Override
  public void close() {
    api.close();
  }

  private SimResponse create(SimRequest request) {
    checkAccount(request);
    JsonObject body = request.bodyObject();
    String text = body.requireString("text");
    if (text.isBlank()) {
      throw ApiError.badRequest("text must not be blank").withFieldError("text", "blank");
    }
    long id = store(text);
    return SimResponse.json(201, notes.get(id));
  }

  private SimResponse list(SimRequest request) {
    checkAccount(request);
    long limit = request.queryLong("limit").orElse(50L);
    List<Object> data = new ArrayList<>();
    for (Map<String, Object> note : notes.values()) {
      if (data.size() < limit) {
        data.add(note);
      }
    }
    return SimResponse.ok(Json.obj("data", data));
  }

  private SimResponse get(SimRequest request) {
    checkAccount(request);
    Map<String, Object> note = notes.get(request.pathLong("id"));
    if (note == null) {
      throw new ApiError(404, "not_found", "Note " + request.pathParam("id") + " not found");
    }
    return SimResponse.ok(note);
  }

  private SimResponse latest(SimRequest request) {
    checkAccount(request);
    if (notes.isEmpty()) {
      throw new ApiError(404, "not_found", "No notes");
    }
    return SimResponse.ok(notes.get(((TreeMap<Long, Map<String, Object>>) notes).lastKey()));
  }

  private SimResponse delete(SimRequest request) {
    checkAccount(request);
    if (notes.remove(request.pathLong("id")) == null) {
      throw new ApiError(404, "not_found", "Note not found");
    }
    return SimResponse.noContent();
  }

  private void checkAccount(SimRequest request) {
    String account = request.requirePrincipal().attribute("account").orElse("");
    if (!account.equals(request.pathParam("account"))) {
      throw new ApiError(403, "forbidden", "Account not reachable with these credentials");
    }
  }

  private long store(String text) {
    long id = nextId++;
    notes.put(id, Json.obj("id", id, "text", text));
    return id;
  }
}
