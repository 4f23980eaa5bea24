package io.workbridge.leads;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The public API stays free of HTTP-library types, sync-core and other clients. */
@AnalyzeClasses(packages = "io.workbridge.leads", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class LeadsArchitectureTest {
  private static final DescribedPredicate<JavaClass> HTTP_LIBRARY_TYPE =
      DescribedPredicate.describe(
          "an okhttp3/retrofit2 type",
          type -> type.getPackageName().startsWith("okhttp3") || type.getPackageName().startsWith("retrofit2"));

  @ArchTest
  static final ArchRule public_api_exposes_no_http_library_types =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .should(
              new ArchCondition<JavaMethod>("not use okhttp3/retrofit2 types in their signature") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  if (method.getName().equals("okHttpClient")) {
                    return; // the inherited builder option that shares a connection pool
                  }
                  boolean leaks =
                      HTTP_LIBRARY_TYPE.test(method.getRawReturnType())
                          || method.getRawParameterTypes().stream().anyMatch(HTTP_LIBRARY_TYPE);
                  if (leaks) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " leaks an HTTP type"));
                  }
                }
              });

  @ArchTest
  static final ArchRule public_packages_do_not_depend_on_http_libraries =
      noClasses()
          .that()
          .resideOutsideOfPackage("..internal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("retrofit2..")
          .because("Retrofit stays behind io.workbridge.leads.internal");

  @ArchTest
  static final ArchRule no_sync_core_or_other_clients =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.workbridge.sync..", "io.workbridge.servicetitan..", "io.workbridge.servicechannel..",
              "io.workbridge.testkit..");

  @ArchTest
  static final ArchRule no_client_core_internals =
      noClasses().should().dependOnClassesThat().resideInAPackage("io.workbridge.client.internal..");

  @ArchTest
  static final ArchRule no_console_output =
      noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err");

  @ArchTest
  static final ArchRule no_checked_exceptions_in_public_api =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should(
              new ArchCondition<JavaMethod>("declare no checked exceptions") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  for (JavaClass thrown : method.getThrowsClause().getTypes()) {
                    if (!thrown.isAssignableTo(RuntimeException.class) && !thrown.isAssignableTo(Error.class)) {
                      events.add(
                          SimpleConditionEvent.violated(
                              method, method.getFullName() + " declares " + thrown.getName()));
                    }
                  }
                }
              });

  @ArchTest
  static final ArchRule public_top_level_classes_are_final =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
          .that()
          .arePublic()
          .and()
          .areNotInterfaces()
          .and()
          .areNotEnums()
          .and()
          .areNotRecords()
          .and()
          .areNotAnnotations()
          .and()
          .areTopLevelClasses()
          .should()
          .haveModifier(JavaModifier.FINAL);
}
