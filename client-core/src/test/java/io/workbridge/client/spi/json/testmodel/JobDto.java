package io.workbridge.client.spi.json.testmodel;

import com.squareup.moshi.Json;
import io.workbridge.client.OpenEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/** A job-like wire model covering every attribute kind the bridge must handle. */
@Value.Immutable
public interface JobDto {
  long id();

  String number();

  Optional<String> summary();

  @Json(name = "jobStatus")
  OpenEnum<JobStatus> status();

  Optional<Priority> priority();

  Instant createdOn();

  @Json(name = "ScheduledDate_DTO")
  Optional<OffsetDateTime> scheduledDto();

  @Json(name = "ScheduledDate")
  Optional<LocalDateTime> scheduledWallClock();

  BigDecimal total();

  Optional<BigDecimal> balance();

  List<NoteDto> notes();

  List<ContactDto> contacts();

  Map<String, String> details();

  Set<Long> tagTypeIds();

  OptionalInt visits();

  @Value.Default
  default boolean active() {
    return true;
  }

  @Value.Derived
  default int noteCount() {
    return notes().size();
  }

  @Json(ignore = true)
  Optional<String> localMemo();

  @Value.Check
  default void check() {
    if (number().isBlank()) {
      throw new IllegalStateException("number must not be blank");
    }
  }

  /** The builder. */
  class Builder extends ImmutableJobDto.Builder {}
}
