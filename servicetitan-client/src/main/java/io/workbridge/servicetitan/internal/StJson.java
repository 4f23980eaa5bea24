package io.workbridge.servicetitan.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi instance for ServiceTitan bodies: date-times read leniently (any fractional precision, with or
 * without an offset; no offset means UTC as documented) and written as UTC instants; decimals read from
 * numbers or strings (invoice amounts arrive as strings). Unknown fields are ignored by Moshi's record
 * adapters; enum-like fields are plain strings in the wire records.
 */
public final class StJson {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(Instant.class, new InstantAdapter().nullSafe())
          .add(BigDecimal.class, new DecimalAdapter().nullSafe())
          .build();

  private StJson() {}

  /** The shared Moshi instance. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /** Parses a ServiceTitan date-time leniently. */
  static Instant parseInstant(String text) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }

  private static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return parseInstant(text);
      } catch (DateTimeParseException e) {
        throw new JsonDataException("Expected a date-time but was '" + text + "' at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
      writer.value(value == null ? null : value.toString());
    }
  }

  private static final class DecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw new JsonDataException("Expected a decimal but was '" + text + "' at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
      writer.value(value);
    }
  }
}
