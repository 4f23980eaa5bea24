package io.workbridge.sync.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One call through a {@link FailingSyncStore}: which connection, which part ("effects", "cursors",
 * ...), which method, with which arguments, and its 1-based position among all calls the decorator has
 * seen.
 *
 * @param sequence 1 for the first call the decorator saw, then 2, ...
 * @param connectionId the connection whose view was called
 * @param part the part's accessor name on {@link ConnectionStore}, e.g. "effects"
 * @param method the method name, e.g. "reserve"
 * @param arguments the arguments (null elements allowed)
 */
public record StoreCall(
    long sequence, ConnectionId connectionId, String part, String method, List<Object> arguments) {
  /** Copies the arguments. */
  public StoreCall {
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(method, "method");
    arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
  }

  static StoreCall of(
      long sequence, ConnectionId connectionId, String part, String method, Object[] args) {
    return new StoreCall(
        sequence, connectionId, part, method, args == null ? List.of() : Arrays.asList(args));
  }

  /** True if this is a call of {@code part.method}, e.g. {@code is("effects", "reserve")}. */
  public boolean is(String part, String method) {
    return this.part.equals(part) && this.method.equals(method);
  }

  /** True if the method writes (anything but lookups and listings). */
  public boolean isWrite() {
    return !(method.startsWith("find")
        || method.startsWith("get")
        || method.startsWith("is")
        || method.startsWith("list")
        || method.startsWith("contains")
        || method.equals("count")
        || method.equals("result")
        || method.equals("target")
        || method.equals("source"));
  }

  /** A short description without argument values (which may be payloads). */
  public String describe() {
    return connectionId + "/" + part + "." + method + "/" + arguments.size();
  }

  /** The description plus the arguments, for test diagnostics. */
  @Override
  public String toString() {
    return "#"
        + sequence
        + " "
        + connectionId
        + "/"
        + part
        + "."
        + method
        + arguments.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
  }
}
