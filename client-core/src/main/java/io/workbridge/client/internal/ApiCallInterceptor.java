package io.workbridge.client.internal;

import io.workbridge.client.ApiCall;
import io.workbridge.client.ApiCallListener;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells an {@link ApiCallListener} about every attempt that passes through it (placed after the retries). */
public final class ApiCallInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(ApiCallInterceptor.class);

  private final String system;
  private final ApiCallListener listener;

  /**
   * Creates the interceptor.
   *
   * @param system the system's short name
   * @param listener the listener to tell
   */
  public ApiCallInterceptor(String system, ApiCallListener listener) {
    this.system = system;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long started = System.nanoTime();
    int status = 0;
    try {
      Response response = chain.proceed(request);
      status = response.code();
      return response;
    } finally {
      tell(new ApiCall(system, CallInfo.operation(request), request.method(), status, Duration.ofNanos(System.nanoTime() - started)));
    }
  }

  private void tell(ApiCall call) {
    try {
      listener.onCall(call);
    } catch (RuntimeException e) {
      LOG.warn("API call listener failed on {} {}: {}", call.system(), call.operation(), e.toString());
    }
  }
}
