package io.workbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reference table of keys in the module's README, the configuration model and the YAML reader agree: no
 * key undocumented, none documented that the model lacks, and the reader reads exactly the model's keys.
 */
class ConfigReferenceTest {
  private static final Pattern TABLE_KEY = Pattern.compile("^\\| `([a-z][A-Za-z0-9.<>\\[\\]]*)` \\|", Pattern.MULTILINE);

  @Test
  void referenceTable_listsEveryKeyOfTheModel_andNoOther() throws IOException {
    Set<String> documented = new TreeSet<>();
    String readme = Files.readString(Path.of("README.md"));
    int reference = readme.indexOf("\n### Reference");
    int next = readme.indexOf("\n## ", reference);
    // Only the configuration reference: other tables of the README (the meters, say) list other names.
    Matcher row = TABLE_KEY.matcher(readme.substring(reference, next < 0 ? readme.length() : next));
    while (row.find()) {
      documented.add(row.group(1).replaceAll("<[^>]+>", "*"));
    }

    assertThat(documented).isEqualTo(leaves(modelKeys()));
  }

  @Test
  void reader_readsExactlyTheModelsKeys() {
    Set<String> read = ConfigReader.keysAskedFor(WorkBridgeConfigTest.sample(), WorkBridgeConfigTest.ENV);

    assertThat(leaves(read)).isEqualTo(leaves(modelKeys()));
  }

  @Test
  void sample_setsEveryKeyOfTheModel() {
    // The sample documents every key by example: each appears in it (some commented out).
    String sample = WorkBridgeConfigTest.sample();
    for (String key : leaves(modelKeys())) {
      String last = key.substring(key.lastIndexOf('.') + 1).replace("[]", "");
      assertThat(sample).as(key).containsPattern("(^|[\\s#-]|\\{)" + Pattern.quote(last) + ":");
    }
  }

  /** The model's keys: accessor names, map values {@code .*}, list items {@code []}. */
  static Set<String> modelKeys() {
    Set<String> keys = new TreeSet<>();
    walk(WorkBridgeConfig.class, "", keys);
    return keys;
  }

  /** A section's attributes: the final instance fields of its generated implementation (Immutables keeps one per attribute). */
  private static void walk(Class<?> section, String prefix, Set<String> keys) {
    Class<?> implementation;
    try {
      implementation = Class.forName(section.getPackageName() + ".Immutable" + section.getSimpleName());
    } catch (ClassNotFoundException notGenerated) {
      throw new IllegalStateException(notGenerated);
    }
    for (Field field : implementation.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || !Modifier.isFinal(modifiers)) {
        continue;
      }
      Method method;
      try {
        method = section.getMethod(field.getName());
      } catch (NoSuchMethodException notAnAttribute) {
        continue;
      }
      String key = prefix + method.getName();
      keys.add(key);
      Type type = method.getGenericReturnType();
      if (type instanceof ParameterizedType generic && generic.getRawType() == Optional.class) {
        type = generic.getActualTypeArguments()[0];
      }
      if (isSection(type)) {
        walk((Class<?>) type, key + ".", keys);
      } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class
          && isSection(generic.getActualTypeArguments()[0])) {
        walk((Class<?>) generic.getActualTypeArguments()[0], key + "[].", keys);
      } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class
          && isSection(generic.getActualTypeArguments()[1])) {
        walk((Class<?>) generic.getActualTypeArguments()[1], key + ".*.", keys);
      }
    }
  }

  private static boolean isSection(Type type) {
    return type instanceof Class<?> clazz && clazz.isInterface() && clazz.getPackage().equals(WorkBridgeConfig.class.getPackage());
  }

  /** The keys that hold values: those no other key extends. */
  static Set<String> leaves(Set<String> keys) {
    return keys.stream()
        .filter(key -> keys.stream().noneMatch(other -> other.startsWith(key + ".") || other.startsWith(key + "[")))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
