package io.workbridge.adapters;

import io.workbridge.client.RawJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The record key of a record that does not fit the model: its id as far as it can be read. */
final class MalformedKeys {
  private static final int MAX_ID_LENGTH = 64;

  private MalformedKeys() {}

  /**
   * {@code prefix} followed by the raw text of the top-level member {@code idMember} (even when it is not the
   * number it should be, so that the same bad record keeps its key), or by {@code unreadable-} and a digest of
   * the payload when there is no usable id.
   */
  static String key(String payload, String idMember, String prefix) {
    return prefix + RawJson.member(payload, idMember)
        .map(String::strip)
        .filter(id -> !id.isEmpty() && id.length() <= MAX_ID_LENGTH && id.chars().noneMatch(Character::isISOControl))
        .orElseGet(() -> "unreadable-" + digest(payload));
  }

  private static String digest(String payload) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
