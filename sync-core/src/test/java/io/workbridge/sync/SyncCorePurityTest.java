package io.workbridge.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sync-core is pure (ARCHITECTURE rule 1, SDK-2): its main classes use no HTTP, JSON or SQL library,
 * no client module, no standard streams and no {@code java.util.logging}. Each rule is also checked
 * against a deliberately impure class, so a rule that silently matches nothing would fail here.
 */
class SyncCorePurityTest {
  private static final ArchRule NO_TRANSPORT_JSON_SQL_OR_CLIENTS =
      noClasses()
          .that()
          .resideInAPackage("io.workbridge.sync..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "okhttp3..",
              "retrofit2..",
              "com.squareup.moshi..",
              "java.net.http..",
              "java.sql..",
              "javax.sql..",
              "io.workbridge.client..",
              "io.workbridge.servicetitan..",
              "io.workbridge.servicechannel..",
              "io.workbridge.leads..")
          .because("sync-core is pure: no HTTP, JSON or SQL, and no knowledge of any client");

  private static final ArchRule NO_JAVA_UTIL_LOGGING =
      noClasses()
          .that()
          .resideInAPackage("io.workbridge.sync..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.logging..")
          .because("sync-core logs through SLF4J only");

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.workbridge.sync");
  }

  @Test
  void sdk2_mainClassesAreImported() {
    assertThat(mainClasses).isNotEmpty();
    assertThat(mainClasses.contain("io.workbridge.sync.store.SyncStore")).isTrue();
  }

  @Test
  void sdk2_noHttpJsonSqlOrClientDependency() {
    NO_TRANSPORT_JSON_SQL_OR_CLIENTS.check(mainClasses);
  }

  @Test
  void sdk2_noStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(mainClasses);
  }

  @Test
  void sdk2_noJavaUtilLogging() {
    NO_JAVA_UTIL_LOGGING.check(mainClasses);
  }

  @Test
  void rules_impureClass_areViolated() {
    JavaClasses impure = new ClassFileImporter().importClasses(ImpureExample.class);

    assertThat(NO_TRANSPORT_JSON_SQL_OR_CLIENTS.evaluate(impure).hasViolation()).isTrue();
    assertThat(NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.evaluate(impure).hasViolation()).isTrue();
    assertThat(NO_JAVA_UTIL_LOGGING.evaluate(impure).hasViolation()).isTrue();
  }

  /** Breaks every rule on purpose; only ever imported by {@link #rules_impureClass_areViolated}. */
  static final class ImpureExample {
    HttpClient http;
    Connection sql;

    void print() {
      PrintStream out = System.out;
      out.println("impure");
      Logger.getLogger("impure").info("impure");
    }
  }
}
