package io.workbridge.leads;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.workbridge.client.ClientArchitectureRules;

/** The leads vendor client keeps the rules every client module keeps (client-core's ClientArchitectureRules). */
@AnalyzeClasses(
    packages = "io.workbridge.leads",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class LeadsArchitectureTest {
  @ArchTest static final ArchTests clientRules = ArchTests.in(ClientArchitectureRules.class);
}
