package io.workbridge.client.spi.json;

import com.squareup.moshi.Types;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;

/**
 * Replaces type variables in an attribute's declared type with the type arguments of the requested model
 * type, so that {@code List<T> data()} of {@code PageDto<JobDto>} is read as {@code List<JobDto>}. Follows
 * type arguments through generic super-interfaces and superclasses; an unbound variable becomes its bound.
 */
final class TypeResolution {
  private TypeResolution() {}

  /** {@code declared} with every type variable bound by {@code context} (and its supertypes) replaced. */
  static Type resolve(Type context, Type declared) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    collect(context, bindings);
    return substitute(declared, bindings);
  }

  private static void collect(Type type, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw = Types.getRawType(type);
    if (type instanceof ParameterizedType parameterized) {
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < variables.length && i < arguments.length; i++) {
        bindings.putIfAbsent(variables[i], substitute(arguments[i], bindings));
      }
    }
    for (Type superInterface : raw.getGenericInterfaces()) {
      collect(superInterface, bindings);
    }
    Type superClass = raw.getGenericSuperclass();
    if (superClass != null && superClass != Object.class) {
      collect(superClass, bindings);
    }
  }

  private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof Class<?>) {
      return type;
    }
    if (type instanceof TypeVariable<?> variable) {
      Type bound = bindings.get(variable);
      return bound != null ? bound : Types.getRawType(variable.getBounds()[0]);
    }
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments().clone();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = substitute(arguments[i], bindings);
      }
      Type owner = parameterized.getOwnerType();
      return owner == null
          ? Types.newParameterizedType(parameterized.getRawType(), arguments)
          : Types.newParameterizedTypeWithOwner(owner, parameterized.getRawType(), arguments);
    }
    if (type instanceof GenericArrayType array) {
      return Types.arrayOf(substitute(array.getGenericComponentType(), bindings));
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getLowerBounds().length > 0) {
        return Types.supertypeOf(substitute(wildcard.getLowerBounds()[0], bindings));
      }
      Type upper = wildcard.getUpperBounds()[0];
      return upper == Object.class ? type : Types.subtypeOf(substitute(upper, bindings));
    }
    return type;
  }
}
