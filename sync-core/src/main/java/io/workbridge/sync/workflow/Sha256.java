package io.workbridge.sync.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a text, in lower-case hex: note contents in the ledger, long alert ids in effect keys. */
final class Sha256 {

  private Sha256() {}

  /** The hex SHA-256 of the text's UTF-8 bytes. */
  static String hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
    }
  }
}
