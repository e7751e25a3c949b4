package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodebookCsvReaderTest {
  private static ValidationResult csv(String text) {
    return CodebookFormat.CSV.read("codes.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void exportThenImportGivesTheSameCodes() {
    Codebook cb = Fixtures.small();
    String text = CodebookFormat.CSV.write(cb);
    assertThat(text)
        .startsWith(
            "id,parent,path,name,short,definition,include,exclude,examples," + "terms,color\n");
    assertThat(text)
        .contains(
            "\nbarriers-cost-insurance,barriers-cost,Barriers to Care > Cost >"
                + " Insurance,Insurance,");
    assertThat(text).contains(",insurance; covered,\n");
    Codebook back =
        CodebookFormat.CSV.read("x.csv", text.getBytes(StandardCharsets.UTF_8), cb).orThrow();
    assertThat(back).isEqualTo(cb);
  }

  @Test
  void examplesAndTermsAreSplitOnTheirSeparators() {
    Codebook cb =
        csv("id,name,examples,terms\na,A,\"One, two | Three\",wait*;  hard to ; \n").orThrow();
    assertThat(cb.find("a").orElseThrow().examples()).containsExactly("One, two", "Three");
    assertThat(cb.find("a").orElseThrow().terms()).containsExactly("wait*", "hard to");
  }

  @Test
  void anUnknownParentIsAnErrorOnItsRow() {
    ValidationResult r = csv("id,parent,name\na,,A\nb,nope,B\nc,a,C\n");
    assertThat(r.errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "codes.csv:3: parent \"nope\" is not the id of any code in this file; use the id of"
                + " another row, or leave it empty for a top-level code");
  }

  @Test
  void reportsEveryProblemOfASpreadsheetAtOnce() {
    ValidationResult r = csv("ID,Parent,Name,Colour\na,,A,#12345\na,,B,\nc,x,C,\n,,,\n");
    assertThat(r.errors()).extracting(Diagnostic::line).containsExactly(2, 3, 4, 5, 5);
  }

  @Test
  void childrenMayComeBeforeTheirParentsAndPathsGiveTheTree() {
    Codebook cb =
        csv("name,path,definition\nEviction,Housing > Eviction,Losing a home\n"
                + "Housing,Housing,Where people live\n")
            .orThrow();
    assertThat(cb.path("eviction")).isEqualTo("Housing > Eviction");
    assertThat(cb.codes()).extracting(Code::id).containsExactly("housing");
    assertThat(csv("name,path\nA,X > A\n").errors())
        .extracting(Diagnostic::message)
        .containsExactly(
            "no row has the path \"X\", the parent this row's path names; add that"
                + " row or give the parent's id in a parent column");
  }

  @Test
  void parentsThatLoopAreRefused() {
    assertThat(csv("id,parent,name\na,b,A\nb,a,B\n").errors())
        .extracting(Diagnostic::message)
        .containsExactly(
            "code \"a\" ends up inside itself through its parents; fix the parent" + " column");
  }

  @Test
  void aHeaderWithoutNamesOrIdsIsRefused() {
    assertThat(csv("code,label\nx,y\n").errors())
        .extracting(Diagnostic::toString)
        .last()
        .asString()
        .startsWith("codes.csv:1: no \"name\" or \"id\" column in the header");
  }
}
