package io.workbridge.servicetitan.internal;

import com.squareup.moshi.Moshi;
import io.workbridge.client.spi.json.JsonSupport;

/**
 * The Moshi instance for ServiceTitan bodies: client-core's shared setup (lenient date-times, decimals
 * from numbers or strings — invoice amounts arrive as strings —, unknown fields ignored). Enum-like fields
 * are plain strings in the wire records and map to the models' enums with an {@code UNKNOWN} fallback.
 */
public final class StJson {
  private StJson() {}

  /** The shared Moshi instance. */
  public static Moshi moshi() {
    return JsonSupport.moshi();
  }
}
