package io.workbridge.servicechannel.webhook;

import io.workbridge.client.Secret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks ServiceChannel's webhook signature: the {@code Sign-Data} header carries base64(HMAC-SHA256(key, raw
 * body)), keyed with the account's signing key ({@code GET /v3/NotificationSubscriptions/SigningKey}) as UTF-8
 * bytes. Verify the raw bytes as received, before any parsing. The comparison is constant-time. Thread-safe.
 */
public final class WebhookVerifier {
  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "Sign-Data";
  /** The header naming the algorithm ({@code HMACSHA256}). */
  public static final String SIGNATURE_TYPE_HEADER = "Sign-Type";

  private final Secret signingKey;

  /**
   * A verifier for one signing key (one per account and environment).
   *
   * @param signingKey the signing key
   */
  public WebhookVerifier(Secret signingKey) {
    this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
  }

  /**
   * {@return whether {@code signature} (the {@code Sign-Data} header) is the body's valid signature}
   *
   * @param rawBody the request body exactly as received
   * @param signature the header value, possibly null or blank (then false)
   */
  public boolean verify(byte[] rawBody, @Nullable String signature) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (signature == null || signature.isBlank()) {
      return false;
    }
    byte[] presented;
    try {
      presented = Base64.getDecoder().decode(signature.trim());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return MessageDigest.isEqual(hmac(rawBody), presented);
  }

  /**
   * {@return the signature ServiceChannel would send for this body (for tests and replay tools)}
   *
   * @param rawBody the request body as received
   */
  public String sign(byte[] rawBody) {
    return Base64.getEncoder().encodeToString(hmac(rawBody));
  }

  private byte[] hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingKey.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier{signingKey=****}";
  }
}
