package io.workbridge.client.spi.json;

import io.workbridge.client.InvalidResponseException;
import java.util.Objects;
import java.util.function.Function;

/**
 * One record of a list decoded on its own: {@link Value} when it fits the model, {@link Malformed} when it
 * does not. Declaring a list element as {@code Decoded<X>} (for example {@code List<Decoded<JobDto>>}) makes
 * the Moshi of {@link JsonSupport#newMoshiBuilder()} read each element's raw JSON first and decode it alone,
 * so that one wrong-typed field fails that record only, with its raw JSON and the JSON path of the problem,
 * while the rest of the list (and the envelope around it, such as a continuation token) is still read.
 *
 * @param <T> the record type
 */
public sealed interface Decoded<T> {

  /** {@return the record's raw JSON as the server sent it} */
  String payload();

  /** {@return the JSON path of the record within the body, for example {@code $.data[3]}} */
  String jsonPath();

  /**
   * Maps a decoded value on; a mapping that throws {@link InvalidResponseException} (for example a missing
   * required field or an unparseable amount) makes the record {@link Malformed} with that exception's path
   * and problem. A malformed record stays malformed.
   *
   * @param mapper the mapping, given the value and its JSON path
   * @param <R> the mapped type
   * @return the mapped value, or this failure
   */
  <R> Decoded<R> map(MappingStep<T, R> mapper);

  /**
   * The value, or an {@link InvalidResponseException} for {@code operation} naming the path and problem of
   * a malformed record (what strictly typed pages do with a bad record).
   *
   * @param operation the value, or an {@link InvalidResponseException} for {@code operation} naming the path
   *     and problem of a malformed record (what strictly typed pages do with a bad record)
   * @return this builder
   */
  T orThrow(String operation);

  /**
   * One step of mapping a decoded value that may find it unusable.
   *
   * @param <T> the input type
   * @param <R> the output type
   */
  @FunctionalInterface
  interface MappingStep<T, R> {
    /**
     * Maps the value found at {@code jsonPath}.
     *
     * @param value the decoded value
     * @param jsonPath the JSON path of the value
     * @throws InvalidResponseException when the value does not fit
     * @return the mapped value
     */
    R apply(T value, String jsonPath);
  }

  /**
   * A record that fits the model.
   *
   * @param value the decoded record
   * @param payload its raw JSON
   * @param jsonPath its JSON path within the body
   * @param <T> the record type
   */
  record Value<T>(T value, String payload, String jsonPath) implements Decoded<T> {
    /**
     * Checks the parts are present.
     *
     * @param value the decoded record
     * @param payload its raw JSON
     * @param jsonPath its JSON path within the body
     */
    public Value {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(jsonPath, "jsonPath");
    }

    @Override
    public <R> Decoded<R> map(MappingStep<T, R> mapper) {
      R mapped;
      try {
        mapped = mapper.apply(value, jsonPath);
      } catch (InvalidResponseException unfit) {
        return new Malformed<>(payload, unfit.jsonPath().orElse(jsonPath), problemOf(unfit));
      }
      if (mapped == null) {
        return new Malformed<>(payload, jsonPath, "the record maps to nothing");
      }
      return new Value<>(mapped, payload, jsonPath);
    }

    @Override
    public T orThrow(String operation) {
      return value;
    }
  }

  /**
   * A record that does not fit the model.
   *
   * @param payload its raw JSON
   * @param jsonPath the JSON path of the problem, for example {@code $.data[3].id}
   * @param problem what is wrong, for example {@code Expected a long but was STRING}
   * @param <T> the record type it should have been
   */
  record Malformed<T>(String payload, String jsonPath, String problem) implements Decoded<T> {
    /**
     * Checks the parts are present.
     *
     * @param payload its raw JSON
     * @param jsonPath the JSON path of the problem, for example {@code $.data[3].id}
     * @param problem what is wrong, for example {@code Expected a long but was STRING}
     */
    public Malformed {
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(jsonPath, "jsonPath");
      Objects.requireNonNull(problem, "problem");
    }

    /** {@return {@code "$.data[3].id: Expected a long but was STRING"}} */
    public String reason() {
      return jsonPath + ": " + problem;
    }

    /**
     * {@return the same failure as a malformed record of another type}
     *
     * @param <R> the type of the result
     */
    @SuppressWarnings("unchecked")
    public <R> Malformed<R> retype() {
      return (Malformed<R>) this;
    }

    @Override
    public <R> Decoded<R> map(MappingStep<T, R> mapper) {
      return retype();
    }

    @Override
    public T orThrow(String operation) {
      throw new InvalidResponseException(operation, jsonPath, problem, null);
    }
  }

  /**
   * Applies a plain function as a mapping step.
   *
   * @param <T> the input type
   * @param <R> the type of the result
   * @param function the mapping function
   * @return the mapping step
   */
  static <T, R> MappingStep<T, R> step(Function<T, R> function) {
    return (value, path) -> function.apply(value);
  }

  /** The problem of an {@link InvalidResponseException} without the operation and path around it. */
  private static String problemOf(InvalidResponseException unfit) {
    String message = Objects.requireNonNullElse(unfit.getMessage(), "invalid");
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }
}
