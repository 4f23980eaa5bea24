package io.workbridge.testkit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One client operation to fuzz: the described operation whose answers are generated, and the client call
 * that must decode them.
 *
 * <pre>{@code
 * FuzzOperation.builder("jobs.get")
 *     .described("openapi/servicetitan/jpm-v2.json", "GET", "/tenant/{tenant}/jobs/{id}")
 *     .call(() -> st.jobs().get(7))
 *     .build();
 * }</pre>
 *
 * <p>A call that needs other answers first or afterwards (a lookup, a token) declares them with {@link
 * Builder#supportedBy}; any request the fuzzer cannot route fails the case.
 */
public final class FuzzOperation {

  /** The client call: runs it and returns what it decoded. */
  @FunctionalInterface
  public interface Call {
    /**
     * Calls the client.
     *
     * @return what the client returned (may be null for void calls)
     * @throws Exception anything the client throws fails the case
     */
    @Nullable Object invoke() throws Exception;
  }

  /** Checks what the client decoded from a case; throws {@link AssertionError} when it is wrong. */
  @FunctionalInterface
  public interface Check {
    /**
     * Checks one result.
     *
     * @param fuzzCase the answer served
     * @param result what the call returned
     */
    void verify(ResponseCase fuzzCase, @Nullable Object result);
  }

  /**
   * A fixed answer for another request the call makes.
   *
   * @param method the HTTP method
   * @param path the path as the description writes it (same description as the operation)
   * @param status the status
   * @param body the JSON body (empty for none)
   */
  public record Support(String method, String path, int status, String body) {}

  private final String name;
  private final String description;
  private final String method;
  private final String path;
  private final Call call;
  private final @Nullable Check check;
  private final List<Support> supports;
  private final @Nullable String thenBody;
  private final @Nullable Integer limit;

  private FuzzOperation(Builder builder) {
    this.name = builder.name;
    this.description = Objects.requireNonNull(builder.description, "described(...) is required");
    this.method = Objects.requireNonNull(builder.method, "described(...) is required");
    this.path = Objects.requireNonNull(builder.path, "described(...) is required");
    this.call = Objects.requireNonNull(builder.call, "call(...) is required");
    this.check = builder.check;
    this.supports = List.copyOf(builder.supports);
    this.thenBody = builder.thenBody;
    this.limit = builder.limit;
  }

  /**
   * Starts a builder.
   *
   * @param name the client operation's name, e.g. {@code jobs.get} (deviations refer to it)
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** {@return the operation's name} */
  public String name() {
    return name;
  }

  /** {@return the classpath resource of the description} */
  public String description() {
    return description;
  }

  /** {@return the HTTP method} */
  public String method() {
    return method;
  }

  /** {@return the path as the description writes it} */
  public String path() {
    return path;
  }

  /** {@return the client call} */
  public Call call() {
    return call;
  }

  /** {@return the check of decoded results, if any} */
  public Optional<Check> check() {
    return Optional.ofNullable(check);
  }

  /** {@return fixed answers for the other requests the call makes} */
  public List<Support> supports() {
    return supports;
  }

  /**
   * {@return the answer to the operation's later requests within one case (the next page of a list whose
   * first answer said there is more), if set; otherwise every request gets the case}
   */
  public Optional<String> thenBody() {
    return Optional.ofNullable(thenBody);
  }

  /** {@return this operation's own case limit, if it has one} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + path + " in " + description + ")";
  }

  /** Builds a {@link FuzzOperation}. */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private @Nullable String method;
    private @Nullable String path;
    private @Nullable Call call;
    private @Nullable Check check;
    private final List<Support> supports = new ArrayList<>();
    private @Nullable String thenBody;
    private @Nullable Integer limit;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The described operation whose answers are generated.
     *
     * @param descriptionResource the description on the classpath
     * @param httpMethod the method
     * @param describedPath the path exactly as the description writes it
     * @return this builder
     */
    public Builder described(String descriptionResource, String httpMethod, String describedPath) {
      this.description = Objects.requireNonNull(descriptionResource, "descriptionResource");
      this.method = Objects.requireNonNull(httpMethod, "httpMethod");
      this.path = Objects.requireNonNull(describedPath, "describedPath");
      return this;
    }

    /**
     * The client call, made once per case.
     *
     * @param value the call
     * @return this builder
     */
    public Builder call(Call value) {
      this.call = Objects.requireNonNull(value, "call");
      return this;
    }

    /**
     * A check of what the call returned (beyond "it did not throw").
     *
     * @param value the check
     * @return this builder
     */
    public Builder check(Check value) {
      this.check = Objects.requireNonNull(value, "check");
      return this;
    }

    /**
     * A fixed answer for another request the call makes (for example the lookup that resolves an id).
     *
     * @param httpMethod the method
     * @param describedPath the path as the operation's description writes it
     * @param status the status of the answer
     * @param body the JSON body, empty for none
     * @return this builder
     */
    public Builder supportedBy(String httpMethod, String describedPath, int status, String body) {
      supports.add(new Support(httpMethod, describedPath, status, body));
      return this;
    }

    /**
     * The answer to the operation's second and later requests within one case — for a list, the last page
     * (for example {@code {"hasMore":false,"data":[]}}), so that a first answer saying "more" ends the walk.
     *
     * @param body the JSON body
     * @return this builder
     */
    public Builder then(String body) {
      this.thenBody = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * This operation's own case limit (default: the fuzzer's).
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder limit(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + value);
      }
      this.limit = value;
      return this;
    }

    /**
     * Builds the operation.
     *
     * @return the operation
     */
    public FuzzOperation build() {
      return new FuzzOperation(this);
    }
  }
}
