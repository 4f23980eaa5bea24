package io.workbridge.client.spi.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What reflection tells about one Immutables value type: the abstract type {@code X}, the generated {@code
 * ImmutableX}, its builder, and the attributes (accessors that the builder can set). Derived and lazy
 * attributes have no builder setter and are therefore neither read nor written.
 */
final class ImmutableModel {
  private static final String GENERATED_PREFIX = "Immutable";

  private static final ClassValue<Optional<ImmutableModel>> CACHE =
      new ClassValue<>() {
        @Override
        protected Optional<ImmutableModel> computeValue(Class<?> type) {
          return Optional.ofNullable(inspect(type));
        }
      };

  private final Class<?> abstractType;
  private final Executable builderFactory;
  private final Method build;
  private final List<Attribute> attributes;

  /**
   * One settable attribute.
   *
   * @param javaName accessor and setter name
   * @param jsonName the property name on the wire ({@code @Json(name)} on the accessor, else the java name)
   * @param accessor the accessor on the abstract type
   * @param setter the builder method taking the accessor's type
   * @param required whether the JSON must carry a non-null value (abstract, not Optional, not a collection)
   * @param ignored whether {@code @Json(ignore = true)} excludes it from JSON
   * @param qualifiers the accessor's {@link JsonQualifier} annotations
   */
  record Attribute(
      String javaName,
      String jsonName,
      Method accessor,
      Method setter,
      boolean required,
      boolean ignored,
      Set<Annotation> qualifiers) {}

  private ImmutableModel(
      Class<?> abstractType, Executable builderFactory, Method build, List<Attribute> attributes) {
    this.abstractType = abstractType;
    this.builderFactory = builderFactory;
    this.build = build;
    this.attributes = attributes;
  }

  /** The model for an abstract value type or its generated class, or {@code null} for any other class. */
  static @Nullable ImmutableModel of(Class<?> type) {
    return CACHE.get(type).orElse(null);
  }

  Class<?> abstractType() {
    return abstractType;
  }

  List<Attribute> attributes() {
    return attributes;
  }

  /** A new builder. */
  Object newBuilder() {
    if (builderFactory instanceof Constructor<?> constructor) {
      try {
        return constructor.newInstance();
      } catch (InvocationTargetException e) {
        throw rethrow(e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create a builder for " + abstractType.getName(), e);
      }
    }
    return invoke((Method) builderFactory, null);
  }

  /** Builds the value; runtime exceptions from the builder's checks pass through unwrapped. */
  Object build(Object builder) {
    return invoke(build, builder);
  }

  /** Calls a setter; runtime exceptions (null checks) pass through unwrapped. */
  void set(Attribute attribute, Object builder, Object value) {
    invoke(attribute.setter(), builder, value);
  }

  /** Reads an attribute's value from an instance. */
  @Nullable Object get(Attribute attribute, Object instance) {
    return invoke(attribute.accessor(), instance);
  }

  private static @Nullable Object invoke(Method method, @Nullable Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  private static @Nullable ImmutableModel inspect(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || type.isEnum() || type.getName().startsWith("java.")) {
      return null;
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      Class<?> generated = generatedClassOf(type);
      return generated == null ? null : inspect(type, generated);
    }
    // Asked for the generated class itself: find the abstract type it implements.
    if (type.getSimpleName().startsWith(GENERATED_PREFIX)) {
      List<Class<?>> candidates = new ArrayList<>(List.of(type.getInterfaces()));
      if (type.getSuperclass() != null) {
        candidates.add(type.getSuperclass());
      }
      for (Class<?> candidate : candidates) {
        if (generatedClassOf(candidate) == type) {
          return inspect(candidate, type);
        }
      }
    }
    return null;
  }

  private static @Nullable Class<?> generatedClassOf(Class<?> abstractType) {
    if (!Modifier.isAbstract(abstractType.getModifiers())) {
      return null;
    }
    String name = abstractType.getPackageName() + "." + GENERATED_PREFIX + abstractType.getSimpleName();
    try {
      Class<?> generated = Class.forName(name, false, abstractType.getClassLoader());
      return abstractType.isAssignableFrom(generated) ? generated : null;
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static @Nullable ImmutableModel inspect(Class<?> abstractType, Class<?> generated) {
    Executable builderFactory = builderFactoryOf(abstractType, generated);
    if (builderFactory == null) {
      return null;
    }
    Class<?> builderType = builderFactory instanceof Method method
        ? method.getReturnType()
        : builderFactory.getDeclaringClass();
    Method build;
    try {
      build = builderType.getMethod("build");
    } catch (NoSuchMethodException e) {
      return null;
    }
    builderFactory.setAccessible(true);
    build.setAccessible(true);

    Map<String, Method> accessors = new LinkedHashMap<>();
    for (Method method : abstractType.getMethods()) {
      if (isAccessorCandidate(method)) {
        accessors.merge(method.getName(), method, ImmutableModel::moreSpecific);
      }
    }
    List<String> fieldOrder = new ArrayList<>();
    for (Field field : generated.getDeclaredFields()) {
      fieldOrder.add(field.getName());
    }

    List<Attribute> attributes = new ArrayList<>();
    for (Method accessor : accessors.values()) {
      Method setter = setterFor(builderType, accessor);
      if (setter == null) {
        continue; // derived, lazy or a helper method: not part of the JSON shape
      }
      accessor.setAccessible(true);
      setter.setAccessible(true);
      Json json = accessor.getAnnotation(Json.class);
      String jsonName = json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : accessor.getName();
      boolean ignored = json != null && json.ignore();
      boolean required = Modifier.isAbstract(accessor.getModifiers()) && !isOptionalOrContainer(accessor.getReturnType());
      attributes.add(new Attribute(accessor.getName(), jsonName, accessor, setter, required, ignored,
          qualifiersOf(accessor)));
    }
    attributes.sort(Comparator.comparingInt(attribute -> {
      int index = fieldOrder.indexOf(attribute.javaName());
      return index < 0 ? Integer.MAX_VALUE : index;
    }));
    return new ImmutableModel(abstractType, builderFactory, build, List.copyOf(attributes));
  }

  /**
   * How to get a builder: the generated static {@code builder()}, or — when the abstract type declares
   * {@code class Builder extends ImmutableX.Builder} (our style's "extending builder", where Immutables
   * generates no static factory) — that class's no-argument constructor.
   */
  private static @Nullable Executable builderFactoryOf(Class<?> abstractType, Class<?> generated) {
    try {
      Method factory = generated.getDeclaredMethod("builder");
      if (Modifier.isStatic(factory.getModifiers())) {
        return factory;
      }
    } catch (NoSuchMethodException e) {
      // fall through to the extending builder
    }
    for (Class<?> nested : abstractType.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && Modifier.isStatic(nested.getModifiers())
          && !Modifier.isAbstract(nested.getModifiers())) {
        try {
          Constructor<?> constructor = nested.getDeclaredConstructor();
          constructor.setAccessible(true);
          return constructor;
        } catch (NoSuchMethodException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static boolean isAccessorCandidate(Method method) {
    return method.getParameterCount() == 0
        && method.getReturnType() != void.class
        && !Modifier.isStatic(method.getModifiers())
        && !method.isSynthetic()
        && !method.isBridge()
        && method.getDeclaringClass() != Object.class;
  }

  private static Method moreSpecific(Method first, Method second) {
    return first.getReturnType().isAssignableFrom(second.getReturnType()) ? second : first;
  }

  private static @Nullable Method setterFor(Class<?> builderType, Method accessor) {
    Class<?> valueType = accessor.getReturnType();
    Method assignable = null;
    for (Method candidate : builderType.getMethods()) {
      if (!candidate.getName().equals(accessor.getName()) || candidate.getParameterCount() != 1
          || Modifier.isStatic(candidate.getModifiers())) {
        continue;
      }
      Class<?> parameter = candidate.getParameterTypes()[0];
      if (parameter == valueType) {
        return candidate;
      }
      if (!valueType.isPrimitive() && parameter.isAssignableFrom(valueType)) {
        assignable = candidate;
      }
    }
    return assignable;
  }

  private static boolean isOptionalOrContainer(Class<?> type) {
    return type == Optional.class
        || type == OptionalInt.class
        || type == OptionalLong.class
        || type == OptionalDouble.class
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }

  private static Set<Annotation> qualifiersOf(Method accessor) {
    Set<Annotation> qualifiers = new LinkedHashSet<>();
    for (Annotation annotation : accessor.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        qualifiers.add(annotation);
      }
    }
    return Set.copyOf(qualifiers);
  }
}
