package io.workbridge.client.spi.auth;

import com.squareup.moshi.JsonReader;
import io.workbridge.client.ApiError;
import io.workbridge.client.ApiException;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.Secret;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.internal.Redaction;
import io.workbridge.client.internal.RetryAfter;
import io.workbridge.client.internal.TransportFailures;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Posts a form to an OAuth2 token endpoint and reads the token.
 *
 * <p>The endpoint never follows redirects: a 3xx answer means the client id is not registered in the
 * environment the URL belongs to, and is reported as such. Bodies of token calls are never logged, and
 * error excerpts are redacted. An error's message is the OAuth {@code error_description}, else the {@code
 * Error-Message} header ServiceChannel sends when it throttles logins.
 */
public final class TokenEndpoint {
  static final String OPERATION = AuthenticationException.TOKEN_OPERATION;
  private static final String ERROR_MESSAGE_HEADER = "Error-Message";
  private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

  private final HttpUrl url;
  private final OkHttpClient httpClient;
  private final @Nullable String basicAuthorization;
  private final @Nullable Secret basicSecret;

  /**
   * Creates the endpoint.
   *
   * @param url the token URL
   * @param httpClient the client to post with; a derived client that never follows redirects is used
   * @param basicClientId when not null, the client authenticates with HTTP Basic using this id
   * @param basicClientSecret the secret for HTTP Basic client authentication
   */
  public TokenEndpoint(
      HttpUrl url,
      OkHttpClient httpClient,
      @Nullable String basicClientId,
      @Nullable Secret basicClientSecret) {
    this.url = Objects.requireNonNull(url, "url");
    this.httpClient =
        httpClient.newBuilder().followRedirects(false).followSslRedirects(false).build();
    this.basicSecret = basicClientSecret;
    this.basicAuthorization =
        basicClientId == null || basicClientSecret == null
            ? null
            : Credentials.basic(basicClientId, basicClientSecret.reveal());
  }

  /** Posts {@code form} and returns the token the server issued. */
  AccessToken requestToken(Map<String, String> form, Instant now) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    Request.Builder request = new Request.Builder().url(url).post(body.build());
    request.header("Accept", "application/json");
    if (basicAuthorization != null) {
      request.header("Authorization", basicAuthorization);
    }
    try (Response response = httpClient.newCall(request.build()).execute()) {
      String text = readBody(response.body());
      if (response.isRedirect() || (response.code() >= 300 && response.code() < 400)) {
        throw new AuthenticationException(
            ApiError.of(response.code(), OPERATION)
                .withCode(
                    "redirect",
                    "the token endpoint redirected instead of issuing a token: the client id is not"
                        + " registered for this environment (check the environment or base URL)"));
      }
      if (!response.isSuccessful()) {
        throw failure(response, scrub(text, form));
      }
      return parse(text, now);
    } catch (IOException io) {
      throw new TransportException(OPERATION, TransportFailures.mayHaveBeenSent(io), io);
    }
  }

  /** Masks the credentials this request sent, in case the server echoes them in its error. */
  private String scrub(String text, Map<String, String> form) {
    String scrubbed = text;
    for (String field : new String[] {"client_secret", "password", "refresh_token"}) {
      String value = form.get(field);
      if (value != null && !value.isEmpty()) {
        scrubbed = scrubbed.replace(value, Redaction.MASK);
      }
    }
    if (basicSecret != null) {
      scrubbed = scrubbed.replace(basicSecret.reveal(), Redaction.MASK);
    }
    return scrubbed;
  }

  private static RuntimeException failure(Response response, String text) {
    ApiError error =
        ApiError.of(response.code(), OPERATION).withBodyExcerpt(Redaction.excerpt(text));
    Map<String, String> fields = readOAuthError(text);
    error =
        error
            .withCode(fields.get("error"), fields.get("error_description"))
            // ServiceChannel says why it refused a login (throttling, one per 5 s per user) in a header.
            .withMessageIfAbsent(response.header(ERROR_MESSAGE_HEADER));
    int code = response.code();
    if (code == 429) {
      return new RateLimitedException(error, RetryAfter.parse(response.header("Retry-After"), Instant.now()));
    }
    if (code >= 500) {
      return new ServerException(error);
    }
    if (code == 400 || code == 401 || code == 403) {
      return new AuthenticationException(error);
    }
    return new ApiException(error);
  }

  private static Map<String, String> readOAuthError(String text) {
    java.util.HashMap<String, String> fields = new java.util.HashMap<>();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      reader.setLenient(true);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return fields;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if ((name.equals("error") || name.equals("error_description"))
            && reader.peek() == JsonReader.Token.STRING) {
          fields.put(name, reader.nextString());
        } else {
          reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException notJson) {
      // The error body is not the OAuth shape; the status alone tells the story.
    }
    return fields;
  }

  private static AccessToken parse(String text, Instant now) {
    String accessToken = null;
    String refreshToken = null;
    Long expiresIn = null;
    Long refreshExpiresIn = null;
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "access_token" -> accessToken = reader.nextString();
          case "refresh_token" -> refreshToken = reader.nextString();
          case "expires_in" -> expiresIn = (long) Double.parseDouble(reader.nextString());
          case "refresh_token_expires_in" ->
              refreshExpiresIn = (long) Double.parseDouble(reader.nextString());
          default -> reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException malformed) {
      throw new InvalidResponseException(
          OPERATION, null, "the token response is not the expected JSON object", null);
    }
    if (accessToken == null || accessToken.isBlank()) {
      throw new InvalidResponseException(
          OPERATION, "$.access_token", "the token response has no access_token", null);
    }
    Instant expiresAt = now.plus(expiresIn == null ? DEFAULT_LIFETIME : Duration.ofSeconds(expiresIn));
    return new AccessToken(
        Secret.of(accessToken),
        expiresAt,
        refreshToken == null || refreshToken.isBlank() ? null : Secret.of(refreshToken),
        refreshExpiresIn == null ? null : now.plusSeconds(refreshExpiresIn));
  }

  private static String readBody(@Nullable ResponseBody body) throws IOException {
    return body == null ? "" : body.string();
  }
}
