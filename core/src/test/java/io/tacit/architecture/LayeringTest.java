package io.tacit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of STYLE.md honest: each library stays behind its facade package. */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tacit");
  }

  @Test
  void onlySearchTouchesLucene() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages("io.tacit.search..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.lucene..");
    holds(rule);
  }

  @Test
  void onlyNlpTouchesCoreNlp() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages("io.tacit.nlp..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("edu.stanford.nlp..");
    holds(rule);
  }

  @Test
  void coreNeverTouchesPicocli() {
    ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("picocli..");
    holds(rule);
  }

  @Test
  void textDependsOnTheJdkOnly() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.tacit.text..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.tacit.transcript..",
                "io.tacit.project..",
                "io.tacit.codebook..",
                "io.tacit.coding..",
                "io.tacit.search..",
                "io.tacit.nlp..",
                "org.apache..",
                "com.fasterxml..");
    holds(rule);
  }

  @Test
  void codingNeedsNeitherSearchNorParticipants() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.tacit.coding..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tacit.search..", "io.tacit.participant..", "io.tacit.memo..");
    holds(rule);
  }

  @Test
  void nothingBelowProjectUsesIt() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "io.tacit.text..",
                "io.tacit.transcript..",
                "io.tacit.participant..",
                "io.tacit.codebook..",
                "io.tacit.coding..",
                "io.tacit.agreement..",
                "io.tacit.nlp..",
                "io.tacit.memo..",
                "io.tacit.search..",
                "io.tacit.report..",
                "io.tacit.exchange..",
                "io.tacit.deidentify..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.tacit.project..");
    holds(rule);
  }

  @Test
  void exchangeNeedsNoAnalysisAndInCoreOnlyProjectUsesIt() {
    holds(
        noClasses()
            .that()
            .resideInAPackage("io.tacit.exchange..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.tacit.search..",
                "io.tacit.theme..",
                "io.tacit.report..",
                "io.tacit.agreement.."));
    holds(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.tacit.exchange..", "io.tacit.project..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.tacit.exchange.."));
  }

  @Test
  void onlyExchangeTouchesTheDiffLibrary() {
    holds(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.tacit.exchange..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.github.difflib.."));
  }

  @Test
  void agreementMathematicsUsesOnlyTheJdk() {
    holds(
        classes()
            .that()
            .resideInAPackage("io.tacit.agreement")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.tacit.agreement", "java..", "org.jspecify..", ""));
  }

  @Test
  void reliabilityTableReaderUsesOnlyCommonsCsvAndTheRootExceptions() {
    holds(
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
                ""));
  }

  /** ArchUnit reports every violation in the assertion's message. */
  private static void holds(ArchRule rule) {
    assertThatCode(() -> rule.allowEmptyShould(true).check(classes)).doesNotThrowAnyException();
  }
}
