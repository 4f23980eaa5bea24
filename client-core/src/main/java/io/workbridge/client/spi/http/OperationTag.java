package io.workbridge.client.spi.http;

import java.util.Objects;
import okhttp3.Request;

/**
 * Names the operation of a request built by hand on {@link ApiRuntime#httpClient()} (one Retrofit cannot
 * express, such as a download that must not follow redirects), so logs, retries and errors treat it like an
 * annotated Retrofit method.
 *
 * <pre>{@code
 * Request request = OperationTag.tag(new Request.Builder().url(url).get(), "attachments.download", true).build();
 * }</pre>
 *
 * @param name the operation's name, for example {@code attachments.download}
 * @param idempotent whether repeating the request is safe (as {@link Idempotent})
 */
public record OperationTag(String name, boolean idempotent) {
  /**
   * Validates the name.
   *
   * @param name the operation's name, for example {@code attachments.download}
   * @param idempotent whether repeating the request is safe (as {@link Idempotent})
   */
  public OperationTag {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Tags {@code builder}'s request with the operation and returns the builder.
   *
   * @param builder the request builder
   * @param name the operation's name
   * @param idempotent whether the call can be retried safely
   * @return {@code builder}
   */
  public static Request.Builder tag(Request.Builder builder, String name, boolean idempotent) {
    return builder.tag(OperationTag.class, new OperationTag(name, idempotent));
  }
}
