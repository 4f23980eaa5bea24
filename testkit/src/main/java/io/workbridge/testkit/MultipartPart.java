package io.workbridge.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.Headers;
import okio.ByteString;

/**
 * One part of a {@code multipart/form-data} request body (an attachment upload, for instance).
 *
 * @param name the form field name from {@code Content-Disposition}, e.g. {@code file}
 * @param filename the file name from {@code Content-Disposition}, if any
 * @param contentType the part's {@code Content-Type}, if any
 * @param headers all the part's headers
 * @param body the part's bytes
 */
public record MultipartPart(
    String name, Optional<String> filename, Optional<String> contentType, Headers headers, ByteString body) {

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyString() {
    return body.string(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "MultipartPart{" + name + filename.map(f -> ", " + f).orElse("") + ", " + body.size() + " bytes}";
  }
}
