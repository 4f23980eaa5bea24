package io.workbridge.leads.webhook;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.Secret;
import io.workbridge.client.spi.json.JsonSupport;
import io.workbridge.leads.internal.AlertParser;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.webhook.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the vendor's alert webhooks and parses them, independent of any HTTP server.
 *
 * <p>A delivery is {@code POST}ed with the headers {@code X-Alert-Event}, {@code X-Alert-Timestamp} (unix
 * seconds) and {@code X-Alert-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>}; the body
 * is one alert. {@link #verify} accepts a delivery only when
 *
 * <ol>
 *   <li>the signature matches (compared in constant time; several comma-separated {@code v1=} values are
 *       accepted, for secret rotation on the vendor's side);
 *   <li>the timestamp is at most {@linkplain Builder#tolerance(Duration) 5 minutes} old (or ahead);
 *   <li>the same signature was not accepted before (a bounded in-memory set, pruned of entries older than the
 *       tolerance: anything older is refused by the timestamp check anyway);
 *   <li>the body is an alert.
 * </ol>
 *
 * <p>Pass the raw body bytes exactly as received, before any JSON parsing. Answer 2xx only after the alert is
 * stored durably: the vendor retries other answers. If storing fails after a successful {@link #verify},
 * call {@link #forget(AlertWebhookEvent)} so that the vendor's retry of the same delivery is not refused as
 * a replay. Thread-safe.
 */
public final class AlertWebhookVerifier {
  /** The event name header. */
  public static final String EVENT_HEADER = "X-Alert-Event";

  /** The unix-seconds timestamp header. */
  public static final String TIMESTAMP_HEADER = "X-Alert-Timestamp";

  /** The signature header. */
  public static final String SIGNATURE_HEADER = "X-Alert-Signature";

  /** The default accepted age of a delivery. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  /** The default number of accepted signatures remembered for replay protection. */
  public static final int DEFAULT_REPLAY_CAPACITY = 10_000;

  private static final String SCHEME = "v1=";
  private static final String HMAC = "HmacSHA256";

  private final Secret secret;
  private final Clock clock;
  private final Duration tolerance;
  private final int replayCapacity;
  private final AlertParser parser;
  private final LinkedHashMap<String, Instant> accepted = new LinkedHashMap<>();

  private AlertWebhookVerifier(Builder builder) {
    this.secret = Objects.requireNonNull(builder.secret, "secret");
    this.clock = builder.clock;
    this.tolerance = builder.tolerance;
    this.replayCapacity = builder.replayCapacity;
    this.parser = new AlertParser(JsonSupport.moshi());
  }

  /** {@return a new builder; {@link Builder#secret(Secret)} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery given the request headers (names matched case-insensitively) and the raw body.
   *
   * @param headers the request headers
   * @param body the request body as received
   * @throws WebhookVerificationException when the delivery must be refused
   * @return the verified event
   */
  public AlertWebhookEvent verify(Map<String, List<String>> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    return verify(
        header(headers, EVENT_HEADER), header(headers, TIMESTAMP_HEADER), header(headers, SIGNATURE_HEADER), body);
  }

  /**
   * Verifies a delivery given the three header values (null when absent) and the raw body.
   *
   * @param event the event header's value, or {@code null} when absent
   * @param timestamp the timestamp, in Unix seconds
   * @param signature the signature to check
   * @param body the request body as received
   * @throws WebhookVerificationException when the delivery must be refused
   * @return the verified event
   */
  public AlertWebhookEvent verify(
      @Nullable String event, @Nullable String timestamp, @Nullable String signature, byte[] body) {
    Objects.requireNonNull(body, "body");
    if (event == null || event.isBlank()) {
      throw refuse(Reason.MISSING_HEADER, EVENT_HEADER + " is missing");
    }
    if (timestamp == null || timestamp.isBlank()) {
      throw refuse(Reason.MISSING_HEADER, TIMESTAMP_HEADER + " is missing");
    }
    if (signature == null || signature.isBlank()) {
      throw refuse(Reason.MISSING_HEADER, SIGNATURE_HEADER + " is missing");
    }
    long seconds = parseSeconds(timestamp.strip());
    List<byte[]> candidates = parseSignatures(signature);
    byte[] expected = hmac(secret, timestamp.strip(), body);
    String matched = null;
    for (byte[] candidate : candidates) {
      if (MessageDigest.isEqual(expected, candidate)) {
        matched = HexFormat.of().formatHex(candidate);
      }
    }
    if (matched == null) {
      throw refuse(Reason.SIGNATURE_MISMATCH, "the signature does not match the body and timestamp");
    }
    Instant sent = Instant.ofEpochSecond(seconds);
    Instant now = clock.instant();
    if (sent.isBefore(now.minus(tolerance))) {
      throw refuse(Reason.TIMESTAMP_EXPIRED, "the delivery was signed at " + sent + ", more than " + tolerance
          + " ago");
    }
    if (sent.isAfter(now.plus(tolerance))) {
      throw refuse(Reason.TIMESTAMP_IN_FUTURE, "the delivery is dated " + sent + ", more than " + tolerance
          + " ahead");
    }
    Alert alert = parse(body);
    remember(matched, sent, now);
    return new AlertWebhookEvent(event.strip(), sent, alert, matched);
  }

  /**
   * Forgets an accepted delivery, so that the vendor's retry of it is accepted again; call it when the alert
   * could not be stored after {@link #verify}.
   *
   * @param event the verified event to forget
   */
  public void forget(AlertWebhookEvent event) {
    synchronized (accepted) {
      accepted.remove(event.signature());
    }
  }

  /**
   * {@return the {@code X-Alert-Signature} value for a body: {@code v1=} and the hex HMAC-SHA256 of {@code
   * timestamp + "." + body} under the secret} For tests of a receiving endpoint.
   *
   * @param secret the shared signing secret
   * @param unixSeconds the timestamp, in Unix seconds
   * @param body the request body as received
   */
  public static String signature(Secret secret, long unixSeconds, byte[] body) {
    return SCHEME + HexFormat.of().formatHex(hmac(secret, Long.toString(unixSeconds), body));
  }

  @Override
  public String toString() {
    return "AlertWebhookVerifier{secret=****, tolerance=" + tolerance + ", replayCapacity=" + replayCapacity + '}';
  }

  private Alert parse(byte[] body) {
    try {
      return parser.parseStrict(new String(body, StandardCharsets.UTF_8), "webhook");
    } catch (InvalidResponseException malformed) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_BODY, "the body is not an alert: " + malformed.getMessage(), malformed);
    }
  }

  private void remember(String signature, Instant sent, Instant now) {
    synchronized (accepted) {
      if (accepted.containsKey(signature)) {
        throw refuse(Reason.REPLAYED, "this delivery was already accepted");
      }
      Instant oldest = now.minus(tolerance);
      Iterator<Map.Entry<String, Instant>> entries = accepted.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<String, Instant> entry = entries.next();
        if (entry.getValue().isBefore(oldest) || accepted.size() >= replayCapacity) {
          entries.remove();
        } else {
          break;
        }
      }
      accepted.put(signature, sent);
    }
  }

  private static long parseSeconds(String timestamp) {
    try {
      return Long.parseLong(timestamp);
    } catch (NumberFormatException notNumber) {
      throw refuse(Reason.MALFORMED_TIMESTAMP, TIMESTAMP_HEADER + " is not unix seconds");
    }
  }

  private static List<byte[]> parseSignatures(String header) {
    List<byte[]> signatures = new java.util.ArrayList<>();
    for (String part : header.split(",")) {
      String value = part.strip();
      if (!value.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
        continue;
      }
      String hex = value.substring(SCHEME.length());
      if (hex.length() != 64) {
        continue;
      }
      try {
        signatures.add(HexFormat.of().parseHex(hex));
      } catch (IllegalArgumentException notHex) {
        // ignore: another v1 value may be valid
      }
    }
    if (signatures.isEmpty()) {
      throw refuse(Reason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " carries no v1=<64 hex digits> value");
    }
    return signatures;
  }

  private static byte[] hmac(Secret secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), HMAC));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is not available", unavailable);
    }
  }

  private static @Nullable String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  private static WebhookVerificationException refuse(Reason reason, String message) {
    return new WebhookVerificationException(reason, message, null);
  }

  /** Builds an {@link AlertWebhookVerifier}. */
  public static final class Builder {
    private @Nullable Secret secret;
    private Clock clock = Clock.systemUTC();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private int replayCapacity = DEFAULT_REPLAY_CAPACITY;

    private Builder() {}

    /**
     * The shared webhook signing secret (required).
     *
     * @param secret the shared webhook signing secret (required)
     * @return this builder
     */
    public Builder secret(Secret secret) {
      this.secret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * The time source for the timestamp check (default: system UTC; inject a fixed clock in tests).
     *
     * @param clock the time source for the timestamp check (default: system UTC; inject a fixed clock in
     *     tests)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How old (or how far ahead) a delivery's timestamp may be (default 5 minutes).
     *
     * @param tolerance how old (or how far ahead) a delivery's timestamp may be (default 5 minutes)
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance");
      if (tolerance.isNegative() || tolerance.isZero()) {
        throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * How many accepted signatures are remembered at most for replay protection (default 10 000).
     *
     * @param capacity how many accepted signatures are remembered at most for replay protection (default 10
     *     000)
     * @return this builder
     */
    public Builder replayCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("replayCapacity must be at least 1, was " + capacity);
      }
      this.replayCapacity = capacity;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @throws IllegalStateException when the secret is missing
     * @return the verifier
     */
    public AlertWebhookVerifier build() {
      if (secret == null) {
        throw new IllegalStateException("AlertWebhookVerifier cannot be built; missing required settings: secret");
      }
      return new AlertWebhookVerifier(this);
    }
  }
}
