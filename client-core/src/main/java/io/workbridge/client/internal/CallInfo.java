package io.workbridge.client.internal;

import io.workbridge.client.RequestOptions;
import io.workbridge.client.spi.http.Idempotent;
import io.workbridge.client.spi.http.NotIdempotent;
import io.workbridge.client.spi.http.Operation;
import io.workbridge.client.spi.http.OperationTag;
import java.lang.reflect.Method;
import java.util.Set;
import okhttp3.Request;
import retrofit2.Invocation;

/** What the Retrofit {@link Invocation} tag says about a request: its operation name and idempotency. */
public final class CallInfo {
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private CallInfo() {}

  /**
   * The operation's name: an {@link OperationTag}, else {@link Operation}, else {@code Interface.method},
   * else the HTTP method.
   */
  public static String operation(Request request) {
    OperationTag tag = request.tag(OperationTag.class);
    if (tag != null) {
      return tag.name();
    }
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return request.method();
    }
    Method method = invocation.method();
    Operation operation = method.getAnnotation(Operation.class);
    return operation != null
        ? operation.value()
        : method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }

  /**
   * Whether repeating the request is safe: idempotent HTTP method (unless {@link NotIdempotent}), {@link
   * Idempotent}, or a key.
   */
  public static boolean isIdempotent(Request request) {
    Invocation marked = request.tag(Invocation.class);
    if (marked != null && marked.method().isAnnotationPresent(NotIdempotent.class)) {
      return false;
    }
    if (IDEMPOTENT_METHODS.contains(request.method())) {
      return true;
    }
    OperationTag tag = request.tag(OperationTag.class);
    if (tag != null && tag.idempotent()) {
      return true;
    }
    RequestOptions options = request.tag(RequestOptions.class);
    if (options != null && options.idempotencyKey().isPresent()) {
      return true;
    }
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(Idempotent.class);
  }
}
