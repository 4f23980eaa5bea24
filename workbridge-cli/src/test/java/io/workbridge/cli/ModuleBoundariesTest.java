package io.workbridge.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the README's module section across every module, checked on the main classes of the whole
 * product (this module sees them all on its classpath).
 */
class ModuleBoundariesTest {
  /** Each module's root package; the longest matching prefix names a class's module. */
  private static final List<String> MODULES =
      List.of(
          "io.workbridge.sync.jdbc",
          "io.workbridge.sync",
          "io.workbridge.client",
          "io.workbridge.servicetitan",
          "io.workbridge.servicechannel",
          "io.workbridge.leads",
          "io.workbridge.adapters",
          "io.workbridge.runtime",
          "io.workbridge.cli",
          "io.workbridge.testkit");

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("io.workbridge");

  @Test
  void theWholeProductIsImported() {
    List<String> modulesSeen =
        MODULES.stream()
            .filter(module -> PRODUCT.stream().anyMatch(javaClass -> moduleOf(javaClass.getPackageName()).orElse("").equals(module)))
            .toList();
    org.assertj.core.api.Assertions.assertThat(modulesSeen).containsExactlyElementsOf(MODULES);
  }

  @Test
  void noModuleUsesAnotherModulesInternals() {
    classes().should(notUseOtherModulesInternals()).check(PRODUCT);
  }

  @Test
  void syncCore_isPure() {
    noClasses()
        .that()
        .resideInAPackage("io.workbridge.sync..")
        .and()
        .resideOutsideOfPackage("io.workbridge.sync.jdbc..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "okhttp3..", "retrofit2..", "com.squareup.moshi..", "java.net.http..", "java.sql..", "javax.sql..",
            "io.workbridge.client..", "io.workbridge.servicetitan..", "io.workbridge.servicechannel..",
            "io.workbridge.leads..", "io.workbridge.runtime..")
        .check(PRODUCT);
  }

  @Test
  void clients_dependNeitherOnSyncNorOnEachOther() {
    String[] clients = {"io.workbridge.servicetitan..", "io.workbridge.servicechannel..", "io.workbridge.leads.."};
    for (String client : clients) {
      String[] others =
          java.util.stream.Stream.concat(
                  java.util.Arrays.stream(clients).filter(other -> !other.equals(client)),
                  java.util.stream.Stream.of("io.workbridge.sync..", "io.workbridge.runtime.."))
              .toArray(String[]::new);
      noClasses().that().resideInAPackage(client).should().dependOnClassesThat().resideInAnyPackage(others).check(PRODUCT);
    }
  }

  @Test
  void onlyTheRuntimeMeetsClientsAndSyncCore() {
    noClasses()
        .that()
        .resideInAnyPackage("io.workbridge.sync.jdbc..", "io.workbridge.client..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.workbridge.servicetitan..", "io.workbridge.servicechannel..", "io.workbridge.leads..")
        .check(PRODUCT);
  }

  @Test
  void configurationModel_needsNeitherTheCommandLineNorTheAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.workbridge.runtime.config..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.workbridge.cli..", "picocli..", "io.workbridge.adapters..", "io.workbridge.runtime")
        .check(PRODUCT);
  }

  @Test
  void noLibraryModule_usesTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.workbridge.cli..")
        .and()
        .resideOutsideOfPackage("io.workbridge.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.workbridge.cli..", "picocli..")
        .check(PRODUCT);
  }

  @Test
  void adapters_knowNeitherTheRuntimeNorTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("io.workbridge.adapters..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.workbridge.runtime..", "io.workbridge.cli..", "java.sql..")
        .check(PRODUCT);
  }

  @Test
  void runtime_needsNoJdbcDriverNorLoggingBackend() {
    noClasses()
        .that()
        .resideInAPackage("io.workbridge.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.h2..", "org.postgresql..", "ch.qos.logback..", "io.workbridge.sync.jdbc..")
        .check(PRODUCT);
  }

  @Test
  void mainCode_usesNoJavaUtilLogging() {
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(PRODUCT);
  }

  private static ArchCondition<JavaClass> notUseOtherModulesInternals() {
    return new ArchCondition<>("not use another module's ..internal.. packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> originModule = moduleOf(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          if (!target.startsWith("io.workbridge.") || !(target + ".").contains(".internal.")) {
            continue;
          }
          if (!moduleOf(target).equals(originModule)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static Optional<String> moduleOf(String packageName) {
    return MODULES.stream()
        .filter(module -> packageName.equals(module) || packageName.startsWith(module + "."))
        .max(Comparator.comparingInt(String::length));
  }
}
