package io.workbridge.client;

import io.workbridge.client.spi.AbstractClientBuilder;

/**
 * Told about every HTTP attempt a client makes, retries included, once its answer (or failure) is known —
 * for metrics and tracing without touching the HTTP stack. Set with {@link
 * AbstractClientBuilder#callListener}. Called on the calling thread; must be fast, thread-safe and must not
 * throw (an exception is logged and ignored).
 */
@FunctionalInterface
public interface ApiCallListener {
  /** A listener that does nothing (the default). */
  ApiCallListener NONE = call -> {};

  /**
   * One attempt ended.
   *
   * @param call what was called and how it ended
   */
  void onCall(ApiCall call);
}
