package io.workbridge.leads.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads {@code fixtures/leads/<operation>/<case>.json} from the test class path. */
public final class Fixtures {
  private Fixtures() {}

  public static String read(String operation, String name) {
    String path = "/fixtures/leads/" + operation + "/" + name + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
