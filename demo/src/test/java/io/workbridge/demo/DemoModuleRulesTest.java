package io.workbridge.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The demo's place in the module rules: it is the one product module (besides examples and benchmarks) that
 * may use the testkit simulators, and nothing depends on it — the runtime reaches it only through the
 * {@code CliExtension} service.
 */
class DemoModuleRulesTest {
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("io.workbridge");

  @Test
  void onlyTheDemoUsesTheTestkit_amongTheModulesOnItsClassPath() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.workbridge.demo..", "io.workbridge.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.workbridge.testkit..")
        .check(PRODUCT);
  }

  @Test
  void nothingDependsOnTheDemo() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.workbridge.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.workbridge.demo..")
        .check(PRODUCT);
  }

  @Test
  void theDemoUsesNoInternalsOfOtherModules_andPrintsOnlyThroughPicocli() {
    noClasses()
        .that()
        .resideInAPackage("io.workbridge.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.workbridge..internal..")
        .check(PRODUCT);
    noClasses()
        .that()
        .resideInAPackage("io.workbridge.demo..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(PRODUCT);
  }
}
