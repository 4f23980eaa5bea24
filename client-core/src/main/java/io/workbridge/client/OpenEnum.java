package io.workbridge.client;

import com.squareup.moshi.Json;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A value of an "open" enumeration: one of the constants of {@code E} when the SDK knows the value, or
 * just the raw string the server sent when it does not (yet). Remote APIs add enum values without notice
 * (new job statuses, alert types, …); a model attribute of type {@code OpenEnum<E>} reads them without
 * failing and writes the raw value back unchanged.
 *
 * <p>A constant's wire name is its {@link Json#name()} when annotated, otherwise its {@code name()}.
 * Matching is exact first, then ignoring case. Two values are equal when their raw strings are equal.
 *
 * <pre>{@code
 * OpenEnum<JobStatus> status = job.status();
 * if (status.is(JobStatus.COMPLETED)) { ... }
 * String shown = status.raw();            // "Completed", or e.g. "Teleported" for an unknown value
 * }</pre>
 *
 * @param <E> the enum of known values
 */
public final class OpenEnum<E extends Enum<E>> {
  private static final Map<Class<?>, WireNames<?>> NAMES = new ConcurrentHashMap<>();

  private final String raw;
  private final Optional<E> known;

  private OpenEnum(String raw, Optional<E> known) {
    this.raw = raw;
    this.known = known;
  }

  /**
   * {@return the value of a known constant; its raw string is the constant's wire name}
   *
   * @param <E> the enum type
   * @param constant the enum constant
   */
  public static <E extends Enum<E>> OpenEnum<E> of(E constant) {
    Objects.requireNonNull(constant, "constant");
    return new OpenEnum<>(wireName(constant), Optional.of(constant));
  }

  /**
   * Interprets a raw wire value: a known constant if one matches (exactly, then ignoring case), else unknown.
   *
   * @param <E> the enum type
   * @param type the enum type
   * @param raw the raw wire value
   * @return the known constant or the unknown raw value
   */
  public static <E extends Enum<E>> OpenEnum<E> parse(Class<E> type, String raw) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
    return new OpenEnum<>(raw, lookup(type, raw));
  }

  /**
   * {@return the constant whose wire name matches {@code raw} exactly, else ignoring case; empty when none
   * does}
   *
   * @param <E> the enum type
   * @param type the enum type
   * @param raw the raw wire value
   */
  public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String raw) {
    return names(type).lookup(raw);
  }

  /**
   * {@return the wire name of a constant: its {@link Json#name()} when annotated, otherwise {@code name()}}
   *
   * @param <E> the enum type
   * @param constant the enum constant
   */
  public static <E extends Enum<E>> String wireName(E constant) {
    return names(constant.getDeclaringClass()).wireName(constant);
  }

  /** {@return the string the server sent (or the wire name of the constant this value was made from)} */
  public String raw() {
    return raw;
  }

  /** {@return the matching constant, or empty when the value is unknown to this SDK version} */
  public Optional<E> known() {
    return known;
  }

  /** {@return whether the value is not one of {@code E}'s constants} */
  public boolean isUnknown() {
    return known.isEmpty();
  }

  /**
   * {@return whether the value is the given constant}
   *
   * @param constant the enum constant
   */
  public boolean is(E constant) {
    return known.isPresent() && known.get() == constant;
  }

  /**
   * {@return the matching constant, or {@code fallback} when the value is unknown}
   *
   * @param fallback the value to use instead
   */
  public E orElse(E fallback) {
    return known.orElse(fallback);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OpenEnum<?> that && raw.equals(that.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  /** The raw value. */
  @Override
  public String toString() {
    return raw;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> WireNames<E> names(Class<E> type) {
    return (WireNames<E>) NAMES.computeIfAbsent(type, key -> new WireNames<>(type));
  }

  /** The wire names of one enum, computed once. */
  private static final class WireNames<E extends Enum<E>> {
    private final Map<E, String> byConstant = new HashMap<>();
    private final Map<String, E> exact = new HashMap<>();
    private final Map<String, E> folded = new HashMap<>();

    WireNames(Class<E> type) {
      for (E constant : type.getEnumConstants()) {
        String name = constant.name();
        try {
          Json json = type.getField(constant.name()).getAnnotation(Json.class);
          if (json != null && !Json.UNSET_NAME.equals(json.name())) {
            name = json.name();
          }
        } catch (NoSuchFieldException impossible) {
          throw new IllegalStateException(impossible);
        }
        byConstant.put(constant, name);
        exact.put(name, constant);
        folded.putIfAbsent(name.toLowerCase(Locale.ROOT), constant);
      }
    }

    String wireName(E constant) {
      return byConstant.get(constant);
    }

    Optional<E> lookup(String raw) {
      E match = exact.get(raw);
      if (match == null) {
        match = folded.get(raw.toLowerCase(Locale.ROOT));
      }
      return Optional.ofNullable(match);
    }
  }
}
