package io.workbridge.client;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that apply to client-core: the dependency rules stated in the README (no system-specific code, no
 * sync-core) and its coding rules.
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.workbridge.client");

  @Test
  void clientCore_namesNoSystem() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.workbridge.servicetitan..", "io.workbridge.servicechannel..", "io.workbridge.leads..",
            "io.workbridge.sync..")
        .check(CORE);
    noClasses()
        .should()
        .haveSimpleNameContaining("ServiceTitan")
        .orShould()
        .haveSimpleNameContaining("ServiceChannel")
        .check(CORE);
  }

  @Test
  void mainCode_writesNoStandardStreamsAndNoJulLogging() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CORE);
  }

  @Test
  void publicApi_declaresNoCheckedExceptions() {
    methods()
        .that()
        .areDeclaredInClassesThat(publicApi())
        .and()
        .arePublic()
        .should(declareNoCheckedExceptions())
        .check(CORE);
  }

  /**
   * What users touch names no OkHttp, Retrofit, internal or spi type, except the seams the package documents:
   * {@link PageIterable#over}, through which paging styles make their iterables.
   */
  @Test
  void userPackage_exposesNoTransportInternalOrSpiTypes() {
    codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("io.workbridge.client")
        .and(not(documentedSpiSeams()))
        .should(ClientArchitectureRules.exposeNoTypesFrom(List.of("okhttp3", "retrofit2", "io.workbridge.client.spi"), false))
        .check(CORE);
  }

  /** The plumbing for client authors may name OkHttp and Retrofit, but never client-core's internals. */
  @Test
  void spi_exposesNoInternalTypes() {
    codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("io.workbridge.client.spi..")
        .should(ClientArchitectureRules.exposeNoTypesFrom(List.of(), false))
        .check(CORE);
  }

  @Test
  void exceptions_areUnchecked() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Exception")
        .and()
        .resideInAPackage("io.workbridge.client")
        .should()
        .beAssignableTo(WorkBridgeException.class)
        .check(CORE);
  }

  private static DescribedPredicate<JavaCodeUnit> documentedSpiSeams() {
    return DescribedPredicate.describe(
        "documented spi seams (PageIterable.over)",
        unit -> unit.getOwner().isEquivalentTo(PageIterable.class) && unit.getName().equals("over"));
  }

  private static DescribedPredicate<JavaClass> publicApi() {
    return DescribedPredicate.describe(
        "public API classes",
        javaClass ->
            javaClass.getModifiers().contains(JavaModifier.PUBLIC)
                && !javaClass.getPackageName().contains(".internal"));
  }

  private static ArchCondition<JavaCodeUnit> declareNoCheckedExceptions() {
    return new ArchCondition<>("declare no checked exceptions") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        unit.getThrowsClause().getTypes().stream()
            .filter(type -> !type.isAssignableTo(RuntimeException.class) && !type.isAssignableTo(Error.class))
            .forEach(
                type ->
                    events.add(
                        SimpleConditionEvent.violated(
                            unit, unit.getFullName() + " declares checked " + type.getName())));
      }
    };
  }
}
