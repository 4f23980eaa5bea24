package io.workbridge.servicechannel.internal;

import com.squareup.moshi.JsonReader;
import io.workbridge.client.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the id of a created resource from a 2xx body whose shape is not documented — a bare number, a quoted
 * number, or an object with {@code Id}, {@code id}, {@code NoteId}, {@code InvoiceId} or {@code MechanicId} —
 * and, when the body has none, resolves it by a lookup repeated across ServiceChannel's read-replica lag.
 */
public final class CreatedIds {
  private static final Logger LOG = LoggerFactory.getLogger(CreatedIds.class);
  private static final Set<String> ID_FIELDS = Set.of("Id", "id", "ID", "NoteId", "InvoiceId", "MechanicId");

  /**
   * The waits before each lookup after the first (which runs at once): 1 + 2 + 4 + 8 + 16 s, a little over
   * the 30 s production reads may lag a write.
   */
  public static final List<Duration> LOOKUP_WAITS =
      List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
          Duration.ofSeconds(16));

  private CreatedIds() {}

  /** The id in the body; empty when the body is empty or carries no id that is a number. Never throws. */
  public static OptionalLong read(ResponseBody body) {
    try (body) {
      return parse(body.string().trim());
    } catch (IOException | RuntimeException unreadable) {
      return OptionalLong.empty();
    }
  }

  private static OptionalLong parse(String text) throws IOException {
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      reader.setLenient(true);
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NUMBER || token == JsonReader.Token.STRING) {
        return OptionalLong.of(reader.nextLong());
      }
      if (token == JsonReader.Token.BEGIN_OBJECT) {
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (ID_FIELDS.contains(name)
              && (reader.peek() == JsonReader.Token.NUMBER || reader.peek() == JsonReader.Token.STRING)) {
            return OptionalLong.of(reader.nextLong());
          }
          reader.skipValue();
        }
      }
    } catch (com.squareup.moshi.JsonDataException | NumberFormatException notANumber) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /**
   * Runs {@code lookup} at once and then after each of {@link #LOOKUP_WAITS} until it finds the id. A lookup
   * that fails (permission, network) counts as not found; nothing is thrown, since the write it follows
   * already succeeded.
   *
   * @param operation the write, for the log
   * @param lookup one lookup
   * @param sleeper the client's sleeper
   * @return the id, or empty when every lookup came back without it
   */
  public static OptionalLong resolve(String operation, Supplier<OptionalLong> lookup, Sleeper sleeper) {
    for (int attempt = 0; attempt <= LOOKUP_WAITS.size(); attempt++) {
      if (attempt > 0) {
        try {
          sleeper.sleep(LOOKUP_WAITS.get(attempt - 1));
        } catch (io.workbridge.client.InterruptedWaitException interrupted) {
          return OptionalLong.empty(); // the thread's interrupt flag is set again by the sleeper
        }
      }
      try {
        OptionalLong found = lookup.get();
        if (found.isPresent()) {
          return found;
        }
      } catch (io.workbridge.client.WorkBridgeException failed) {
        LOG.debug("Looking up the id {} created failed ({}); trying again", operation, failed.getClass().getSimpleName());
      }
    }
    LOG.warn("{} succeeded but its answer carried no id and lookups did not find it", operation);
    return OptionalLong.empty();
  }
}
