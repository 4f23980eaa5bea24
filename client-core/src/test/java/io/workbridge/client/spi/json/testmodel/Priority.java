package io.workbridge.client.spi.json.testmodel;

import com.squareup.moshi.Json;

/** A plain enum with an UNKNOWN fallback and wire names differing from the constant names. */
public enum Priority {
  @Json(name = "Low") LOW,
  @Json(name = "Normal") NORMAL,
  @Json(name = "High") HIGH,
  @Json(name = "Urgent") URGENT,
  UNKNOWN
}
