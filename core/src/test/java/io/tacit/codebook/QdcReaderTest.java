package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QdcReaderTest {
  private static ValidationResult read(String fixture) {
    return CodebookFormat.QDC.read(fixture, Fixtures.bytes("qdc/" + fixture));
  }

  @Test
  void readsNestedCodesWithDescriptionsColoursAndGuidsInAnyAttributeOrder() {
    ValidationResult r = read("nvivo-style.qdc");
    Codebook cb = r.orThrow();
    assertThat(cb.all())
        .extracting(Code::id)
        .containsExactly("barriers-to-care", "cost", "insurance", "cafe-community", "cost-2");
    Code cost = cb.find("cost").orElseThrow();
    assertThat(cost.name()).isEqualTo("Cost");
    assertThat(cost.color()).isEqualTo("#D98880");
    assertThat(cost.definition()).isEqualTo("Money as a barrier: fees, fares, insurance.");
    assertThat(cost.qdaGuid()).isEqualTo("a1b2c3d4-0000-4000-8000-000000000002");
    assertThat(cb.path("insurance")).isEqualTo("Barriers to Care > Cost > Insurance");
    assertThat(cb.find("barriers-to-care").orElseThrow().definition())
        .isEqualTo("Things that get in the way of care & treatment.");
    assertThat(cb.find("cafe-community").orElseThrow().color()).isEqualTo("#AABBCC");
    assertThat(cb.id()).isEqualTo("nvivo-style");
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void siblingsWithOneNameAreAnErrorOnTheirLine() {
    ValidationResult twins =
        CodebookFormat.QDC.read(
            "twins.qdc",
            ("<CodeBook><Codes>"
                    + "<Code guid='00000000-0000-4000-8000-000000000001' name='A' isCodable='true'/>\n"
                    + "<Code guid='00000000-0000-4000-8000-000000000002' name='a' isCodable='true'/>"
                    + "</Codes></CodeBook>")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(twins.errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "twins.qdc:2: the name \"a\" is already used on line 1 by a code at the top level;"
                + " siblings need different names");
  }

  @Test
  void readsFilesWithoutANamespaceAndTacitsLabelledDescriptions() {
    Codebook cb = read("no-namespace.qdc").orThrow();
    Code housing = cb.find("housing").orElseThrow();
    assertThat(housing.definition()).isEqualTo("Where people live.");
    assertThat(housing.include()).isEqualTo("Rent, shelters, evictions.");
    assertThat(housing.children()).extracting(Code::id).containsExactly("eviction");
  }

  @Test
  void readsTaguettesEmptySetsAndProjectFiles() {
    Codebook taguette = read("taguette.qdc").orThrow();
    assertThat(taguette.all())
        .extracting(Code::id, Code::color)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("interesting", "#7799FF"),
            org.assertj.core.groups.Tuple.tuple("people", null));
    Codebook project = read("project.qde").orThrow();
    assertThat(project.path("trust-in-staff")).isEqualTo("Trust > Trust in Staff");
  }

  @Test
  void keepsTheIdsOfCodesWhoseGuidsTheProjectKnows() {
    Codebook project = Fixtures.small();
    String qdc = CodebookFormat.QDC.write(project).replace("name=\"Cost\"", "name=\"Money\"");
    Codebook back =
        CodebookFormat.QDC.read("x.qdc", qdc.getBytes(StandardCharsets.UTF_8), project).orThrow();
    assertThat(back.find("barriers-cost").orElseThrow().name()).isEqualTo("Money");
    assertThat(back.all()).extracting(Code::qdaGuid).containsOnlyNulls();
  }

  @Test
  void refusesExternalEntitiesWithoutReadingThem() {
    assertThatThrownBy(() -> read("xxe.qdc"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "xxe.qdc: contains a DTD or entity declaration, which Tacit does not read (to"
                + " stay safe from XML external entity attacks); export the codebook again without"
                + " it");
    assertThatThrownBy(() -> read("billion-laughs.qdc"))
        .hasMessageContaining("contains a DTD or entity declaration");
  }

  @Test
  void malformedXmlIsAnErrorWithItsLine() {
    ValidationResult r =
        CodebookFormat.QDC.read(
            "bad.qdc",
            "<CodeBook>\n<Codes>\n<Code name='x'>\n</Codes>".getBytes(StandardCharsets.UTF_8));
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(4);
              assertThat(d.message())
                  .startsWith("not well-formed XML (")
                  .endsWith("); export the codebook again from the tool that made it");
            });
  }

  @Test
  void otherXmlIsNotACodebook() {
    assertThat(
            CodebookFormat.QDC.read("x.qdc", "<html/>".getBytes(StandardCharsets.UTF_8)).errors())
        .extracting(Diagnostic::message)
        .first()
        .asString()
        .startsWith("not a REFI-QDA codebook");
    assertThat(
            CodebookFormat.QDC
                .read("x.qdc", "<CodeBook><Codes/></CodeBook>".getBytes(StandardCharsets.UTF_8))
                .errors())
        .extracting(Diagnostic::message)
        .containsExactly("no codes found (no <Code> inside <Codes>); is this a codebook export?");
  }

  @Test
  void namesBecomeIdsThatFollowTheIdRule() {
    NameIds ids = new NameIds();
    ids.reserve("cost");
    assertThat(
            List.of(
                ids.idFor("Cost"),
                ids.idFor("Cost"),
                ids.idFor("Café Ünïcode"),
                ids.idFor("日本"),
                ids.idFor("x".repeat(80)),
                ids.idFor("x".repeat(80))))
        .containsExactly(
            "cost-2", "cost-3", "cafe-unicode", "code", "x".repeat(64), "x".repeat(62) + "-2");
  }
}
