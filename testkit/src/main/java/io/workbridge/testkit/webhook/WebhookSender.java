package io.workbridge.testkit.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts webhook calls from a simulator to the receiver under test and records every delivery. Signing is
 * the simulator's business (each system has its own scheme); {@link #hmacSha256Hex} and {@link
 * #hmacSha256Base64} compute the usual HMACs. Calls are synchronous, on the caller's thread, so a test
 * helper like {@code sim.raiseAlert(...)} returns once the receiver answered. Thread-safe.
 */
public final class WebhookSender implements AutoCloseable {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();

  /** Creates a sender with 5-second timeouts. */
  public WebhookSender() {
    this(Duration.ofSeconds(5));
  }

  /**
   * Creates a sender.
   *
   * @param timeout connect and read timeout
   */
  public WebhookSender(Duration timeout) {
    this.client =
        new OkHttpClient.Builder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
  }

  /**
   * Posts a JSON body.
   *
   * @param url the receiver's URL
   * @param headers headers to send (signature, event type, ...)
   * @param body the raw JSON body, exactly as signed
   * @return the delivery, also recorded
   */
  public WebhookDelivery post(String url, Map<String, String> headers, String body) {
    Request.Builder request =
        new Request.Builder().url(url).post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON));
    headers.forEach(request::header);
    WebhookDelivery delivery;
    try (Response response = client.newCall(request.build()).execute()) {
      delivery = new WebhookDelivery(url, headers, body, response.code(), Optional.empty());
    } catch (IOException e) {
      delivery = new WebhookDelivery(url, headers, body, -1, Optional.of(e.toString()));
    }
    deliveries.add(delivery);
    return delivery;
  }

  /**
   * Every delivery so far, in order.
   *
   * @return a snapshot
   */
  public List<WebhookDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /**
   * The deliveries the receiver did not accept with a 2xx.
   *
   * @return a snapshot
   */
  public List<WebhookDelivery> failedDeliveries() {
    return deliveries.stream().filter(d -> !d.succeeded()).toList();
  }

  /**
   * HMAC-SHA256 of the data, hex encoded (lower case).
   *
   * @param secret the shared secret
   * @param data the signed text
   * @return the signature
   */
  public static String hmacSha256Hex(String secret, String data) {
    return HexFormat.of().formatHex(hmacSha256(secret, data));
  }

  /**
   * HMAC-SHA256 of the data, Base64 encoded.
   *
   * @param secret the shared secret
   * @param data the signed text
   * @return the signature
   */
  public static String hmacSha256Base64(String secret, String data) {
    return Base64.getEncoder().encodeToString(hmacSha256(secret, data));
  }

  private static byte[] hmacSha256(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Releases the HTTP client's threads and connections. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
