package io.workbridge.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The architecture rules every API client module keeps, written once (shipped in client-core's test-jar).
 * A client includes them all with
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.workbridge.leads",
 *     importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
 * class LeadsArchitectureTest {
 *   @ArchTest static final ArchTests rules = ArchTests.in(ClientArchitectureRules.class);
 * }
 * }</pre>
 */
public final class ClientArchitectureRules {
  private static final List<String> CLIENT_ROOTS =
      List.of("io.workbridge.servicetitan", "io.workbridge.servicechannel", "io.workbridge.leads");

  private ClientArchitectureRules() {}

  /**
   * No public constructor or method of a public type outside {@code internal} takes or returns (nor names as a type
   * argument or declared exception) an OkHttp or Retrofit type, a type of any {@code internal} package, or
   * client-core's {@code spi} plumbing for client authors. Only the inherited shared-client builder option names
   * OkHttp.
   */
  @ArchTest
  public static final ArchRule publicApiExposesNoTransportOrInternalTypes =
      codeUnits()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should(exposeNoTypesFrom(List.of("okhttp3", "retrofit2", "io.workbridge.client.spi"), true));

  /** Retrofit stays behind the module's internal package. */
  @ArchTest
  public static final ArchRule retrofitStaysInternal =
      noClasses()
          .that()
          .resideOutsideOfPackage("..internal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("retrofit2..");

  /** A client depends on no other client, nor on sync-core, the runtime or the testkit (rule 2). */
  @ArchTest
  public static final ArchRule usesNoOtherWorkBridgeModule = classes().should(useNoOtherWorkBridgeModule());

  /** Nothing reaches into client-core's internals. */
  @ArchTest
  public static final ArchRule usesNoClientCoreInternals =
      noClasses().should().dependOnClassesThat().resideInAPackage("io.workbridge.client.internal..");

  /** Main code logs through SLF4J, never to the console. */
  @ArchTest
  public static final ArchRule writesNothingToTheConsole =
      noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err");

  /** Public methods and constructors declare no checked exceptions. */
  @ArchTest
  public static final ArchRule publicApiDeclaresNoCheckedExceptions =
      codeUnits()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should(declareNoCheckedExceptions());

  /** Public concrete classes are final (AWS-style: extension points are interfaces). */
  @ArchTest
  public static final ArchRule publicClassesAreFinal =
      classes()
          .that()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .and()
          .areNotInterfaces()
          .and()
          .areNotEnums()
          .and()
          .areNotRecords()
          .and()
          .areNotAnnotations()
          .and()
          .doNotHaveModifier(JavaModifier.ABSTRACT)
          .and()
          .haveSimpleNameNotEndingWith("Exception")
          .should()
          .haveModifier(JavaModifier.FINAL);

  /**
   * The condition behind {@link #publicApiExposesNoTransportOrInternalTypes}, for client-core's own tests too: a
   * code unit's parameter, return, type-argument and thrown types lie in no {@code internal} package and in none of
   * {@code forbiddenPackages} (with their sub-packages).
   *
   * @param forbiddenPackages the packages whose types the signature must not name
   * @param allowSharedClientOption whether the builder option {@code okHttpClient} may name OkHttp
   * @return the condition
   */
  public static ArchCondition<JavaCodeUnit> exposeNoTypesFrom(
      List<String> forbiddenPackages, boolean allowSharedClientOption) {
    return new ArchCondition<>("expose no internal type nor one of " + forbiddenPackages) {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        if (allowSharedClientOption && unit.getName().equals("okHttpClient")) {
          return; // the inherited builder option that shares a connection pool
        }
        for (JavaClass type : unit.getAllInvolvedRawTypes()) {
          String packageName = type.getPackageName();
          boolean internal = (packageName + ".").contains(".internal.");
          boolean forbidden = forbiddenPackages.stream().anyMatch(root -> inside(packageName, root));
          if (internal || forbidden) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + type.getName()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaCodeUnit> declareNoCheckedExceptions() {
    return new ArchCondition<>("declare no checked exceptions") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (JavaClass thrown : unit.getThrowsClause().getTypes()) {
          if (!thrown.isAssignableTo(RuntimeException.class) && !thrown.isAssignableTo(Error.class)) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " declares " + thrown.getName()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> useNoOtherWorkBridgeModule() {
    return new ArchCondition<>("use no other client, nor sync-core, the runtime or the testkit") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = CLIENT_ROOTS.stream().filter(root -> inside(origin.getPackageName(), root)).findFirst().orElse("");
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          boolean otherClient = CLIENT_ROOTS.stream().anyMatch(root -> !root.equals(own) && inside(target, root));
          boolean forbidden =
              inside(target, "io.workbridge.sync") || inside(target, "io.workbridge.runtime") || inside(target, "io.workbridge.testkit");
          if (otherClient || forbidden) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static boolean inside(String packageName, String root) {
    return packageName.equals(root) || packageName.startsWith(root + ".");
  }
}
