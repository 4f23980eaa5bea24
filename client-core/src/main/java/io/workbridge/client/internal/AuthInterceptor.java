package io.workbridge.client.internal;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.spi.auth.AccessToken;
import io.workbridge.client.spi.auth.TokenSource;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Signs each attempt with a current bearer token. On 401 it forces one renewal and re-sends once; a second
 * 401 is returned to the caller (and becomes an {@code AuthenticationException}), so a bad credential can
 * never loop. Living after the retry and rate-limit interceptors, every retried attempt is signed afresh.
 */
public final class AuthInterceptor implements Interceptor {
  private final TokenSource tokens;

  /** Creates the interceptor. */
  public AuthInterceptor(TokenSource tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AccessToken token = tokens.token();
    Response response = chain.proceed(sign(request, token));
    if (response.code() != 401 || (request.body() != null && request.body().isOneShot())) {
      return response;
    }
    response.close();
    AccessToken renewed = tokens.refreshAfterRejection(token);
    return chain.proceed(sign(request, renewed));
  }

  private static Request sign(Request request, AccessToken token) {
    return request.newBuilder().header("Authorization", "Bearer " + token.value().reveal()).build();
  }
}
