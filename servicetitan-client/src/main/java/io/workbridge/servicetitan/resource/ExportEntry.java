package io.workbridge.servicetitan.resource;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One record of an export feed: {@link Parsed} when it fits the model, {@link Malformed} when it does not (a
 * wrong-typed or missing required field, an amount that is not a number, …), with the exact reason and the raw
 * JSON, so that the caller can quarantine it while the rest of the page goes on and the feed's continuation
 * token still advances.
 *
 * @param <T> the record type
 */
public sealed interface ExportEntry<T> {

  /** {@return the record's id, when it could be read} */
  OptionalLong id();

  /**
   * A record that fits the model.
   *
   * @param record the record
   * @param id its id (job notes read from other calls may have none)
   * @param <T> the record type
   */
  record Parsed<T>(T record, OptionalLong id) implements ExportEntry<T> {
    /**
     * Checks the parts are present.
     *
     * @param record the record
     * @param id its id (job notes read from other calls may have none)
     */
    public Parsed {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A record that does not fit the model.
   *
   * @param id its {@code id}, when it could be read as a number
   * @param jsonPath where the problem is, for example {@code $.data[3].id}
   * @param problem what is wrong, for example {@code Expected a long but was STRING}
   * @param payload its raw JSON as ServiceTitan sent it
   * @param <T> the record type it should have been
   */
  record Malformed<T>(OptionalLong id, String jsonPath, String problem, String payload) implements ExportEntry<T> {
    /**
     * Checks the parts are present.
     *
     * @param id its {@code id}, when it could be read as a number
     * @param jsonPath where the problem is, for example {@code $.data[3].id}
     * @param problem what is wrong, for example {@code Expected a long but was STRING}
     * @param payload its raw JSON as ServiceTitan sent it
     */
    public Malformed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(jsonPath, "jsonPath");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(payload, "payload");
    }

    /** {@return {@code "$.data[3].id: Expected a long but was STRING"}} */
    public String reason() {
      return jsonPath + ": " + problem;
    }
  }
}
