package io.workbridge.client.spi.json.testmodel;

import com.squareup.moshi.Json;

/** A plain enum without a fallback: unknown values are errors. */
public enum ContactType {
  Phone,
  Email,
  @Json(name = "MobilePhone") MOBILE
}
