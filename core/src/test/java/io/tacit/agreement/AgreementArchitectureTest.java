package io.tacit.agreement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The agreement mathematics stays JDK-only; only its {@code table} reader may use a library. (Plain
 * Jupiter tests over ArchUnit's importer: its own engine finds no tests under Surefire here.)
 */
class AgreementArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.tacit.agreement");

  @Test
  void mathematicsUsesOnlyTheJdk() {
    classes()
        .that()
        .resideInAPackage("io.tacit.agreement")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.tacit.agreement", "java..", "org.jspecify..", "")
        .check(CLASSES);
  }

  @Test
  void tableReaderUsesOnlyCommonsCsvAndTheRootExceptions() {
    classes()
        .that()
        .resideInAPackage("io.tacit.agreement.table")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "io.tacit",
            "io.tacit.agreement..",
            "java..",
            "org.jspecify..",
            "org.apache.commons.csv..",
            "")
        .check(CLASSES);
  }
}
