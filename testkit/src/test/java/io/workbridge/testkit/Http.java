package io.workbridge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** A minimal HTTP client for the testkit's own tests. */
public final class Http {

  /** A response read fully. */
  public record Reply(int status, okhttp3.Headers headers, String body) {
    public @Nullable String header(String name) {
      return headers.get(name);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
      return (Map<String, Object>) Json.parse(body);
    }
  }

  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;

  public Http() {
    this(Duration.ofSeconds(10));
  }

  public Http(Duration readTimeout) {
    client =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .readTimeout(readTimeout)
            .build();
  }

  public Reply send(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Reply(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Reply form(String url, Map<String, String> fields, @Nullable String authorization) {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(form::add);
    Request.Builder request = new Request.Builder().url(url).post(form.build());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public Reply get(String url, Map<String, String> headers) {
    Request.Builder request = new Request.Builder().url(url);
    headers.forEach(request::header);
    return send(request.build());
  }

  public Reply json(String method, String url, String body, Map<String, String> headers) {
    Request.Builder request = new Request.Builder().url(url).method(method, RequestBody.create(body, JSON));
    headers.forEach(request::header);
    return send(request.build());
  }

  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
