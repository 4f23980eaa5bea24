package io.workbridge.client.spi.auth;

/**
 * Supplies the bearer token a client sends. Implementations cache the token, renew it shortly before it
 * expires, and let only one renewal run at a time however many threads ask. Thread-safe.
 */
public interface TokenSource {

  /**
   * {@return a token that is valid now, fetching a new one when the cached one is missing or about to expire}
   */
  AccessToken token();

  /**
   * Forces a renewal after the server refused {@code rejected} with 401. When another thread already
   * replaced that token, the newer one is returned without another call.
   *
   * @param rejected the token the server refused
   * @return the renewed token, or the newer one another thread obtained
   */
  AccessToken refreshAfterRejection(AccessToken rejected);

  /** {@return a name for logs and errors, for example {@code client_credentials}; never a credential} */
  String description();
}
