package io.workbridge.servicetitan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Public API boundaries of the ServiceTitan client. */
class ArchitectureTest {
  private static final String[] PUBLIC_PACKAGES = {
    "io.workbridge.servicetitan", "io.workbridge.servicetitan.model", "io.workbridge.servicetitan.resource"
  };

  // The module's own compiled classes only: scanning the whole test classpath is slow.
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Paths.get("target", "classes"));

  @Test
  void publicSignatures_exposeNoTransportTypes() {
    methods()
        .that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(PUBLIC_PACKAGES)
        .and().areDeclaredInClassesThat().arePublic()
        .should(exposeNoTransportTypes())
        .check(classes);
    constructors()
        .that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(PUBLIC_PACKAGES)
        .should(exposeNoTransportTypes())
        .check(classes);
  }

  @Test
  void importedClasses_includeTheWholeClient() {
    org.assertj.core.api.Assertions.assertThat(classes.contain(ServiceTitanClient.class)).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.contain(io.workbridge.servicetitan.resource.AttachmentsResource.class)).isTrue();
  }

  @Test
  void client_usesNeitherSyncCoreNorOtherClients() {
    noClasses()
        .that().resideInAPackage("io.workbridge.servicetitan..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.workbridge.sync..", "io.workbridge.servicechannel..", "io.workbridge.leads..")
        .check(classes);
  }

  @Test
  void client_doesNotDependOnTheTestkit() {
    noClasses()
        .that().resideInAPackage("io.workbridge.servicetitan..")
        .should().dependOnClassesThat().resideInAPackage("io.workbridge.testkit..")
        .check(classes);
  }

  private static ArchCondition<JavaCodeUnit> exposeNoTransportTypes() {
    return new ArchCondition<>("expose no okhttp3 or retrofit2 types") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (JavaClass type : unit.getAllInvolvedRawTypes()) {
          String name = type.getName();
          if (name.startsWith("okhttp3.") || name.startsWith("retrofit2.")) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + name));
          }
        }
      }
    };
  }
}
