package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.tacit.BadInputException;
import io.tacit.coding.CodingSet;
import io.tacit.exchange.Fixtures;
import io.tacit.exchange.ImportOptions;
import io.tacit.exchange.PositionScheme;
import io.tacit.memo.MemoTarget;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.ProjectExchange.Imported;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectExchangeTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static SentenceSplitter splitter;
  @TempDir Path tmp;
  private Project project;

  @BeforeAll
  static void loadSplitter() {
    splitter = new SentenceSplitter();
  }

  @BeforeEach
  void newProject() throws IOException {
    project = ProjectInitializer.init(tmp.resolve("study"), "Home visits", null);
  }

  private Imported importFile(
      Project into, Path file, @Nullable String coder, boolean skipUnplaced) {
    return into.exchange()
        .importProject(
            file,
            file.getFileName().toString(),
            new ImportOptions(coder, null, skipUnplaced, NOW),
            splitter);
  }

  private Imported importFixture(String vendor) throws IOException {
    return importFile(project, Fixtures.qdpx(vendor, tmp), null, false);
  }

  /** coder, code, and the text each coding covers. */
  private static List<List<String>> coded(Project p) {
    CodingSet set = p.codings().loadAll();
    return set.codings().stream()
        .map(c -> List.of(c.coder(), c.code(), set.transcripts().get(c.doc()).text(c.span())))
        .toList();
  }

  @Test
  void importsAnNvivoProjectCoveringExactlyTheTextNvivoShowed() throws IOException {
    Imported done = importFixture("nvivo");
    assertThat(done.plan().scheme()).isEqualTo(PositionScheme.UTF16);
    assertThat(done.plan().coders())
        .containsExactly(
            Map.entry("Dana Smith", "dana-smith"), Map.entry("Lee Okafor", "lee-okafor"));
    assertThat(coded(project))
        .containsExactly(
            List.of("dana-smith", "relief", "it was a relief"),
            List.of("dana-smith", "care-plan", "We set up a care plan together"),
            List.of("lee-okafor", "care-coordination", "caf\u00E9 nurse"),
            List.of("lee-okafor", "family", "my sister \uD83D\uDC69\u200D\uD83D\uDC67"));
    assertThat(project.codebook().load().parentOf("care-plan"))
        .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("care-coordination"));
    assertThat(project.codebook().load().find("care-plan").orElseThrow().color())
        .isEqualTo("#FF00AA");
    assertThat(project.codings().load("dana-smith").get(0).memo())
        .isEqualTo("Relief after a long wait for the first visit.");
    assertThat(Files.readString(project.resolve("memos/code-care-plan.md")))
        .contains("## 2024-03-06T12:00:00Z dana-smith")
        .contains("Plans are made at the second visit, not the first.");
    assertThat(Files.readString(project.resolve("memos/p01-home-visit.md")))
        .contains("Recorded at home; a child was present.");
    assertThat(project.participants().load().find("p01-home-visit").orElseThrow().attribute("set"))
        .hasValue("Peer specialists");
    assertThat(done.plan().warnings())
        .singleElement()
        .asString()
        .contains("\"Service leaflet\" (pdf")
        .contains("skipped");
  }

  @Test
  void importsAnAtlasTiProjectCountingCrlfAsOne() throws IOException {
    Imported done = importFixture("atlasti");
    assertThat(done.plan().scheme()).isEqualTo(PositionScheme.CRLF_AS_ONE);
    assertThat(done.plan().sources())
        .singleElement()
        .extracting(s -> s.transcript())
        .isEqualTo("p01-home-visit");
    assertThat(coded(project))
        .containsExactly(
            List.of("dana-smith", "relief", "it was a relief"),
            List.of("dana-smith", "family", "the same night."));
    assertThat(project.codings().load("dana-smith").get(0).created())
        .isEqualTo(Instant.parse("2024-03-04T10:15:00Z"));
  }

  @Test
  void importsAMaxqdaProjectWithUsersWhoseNamesGiveTheSameId() throws IOException {
    Imported done = importFixture("maxqda");
    assertThat(done.plan().coders())
        .containsExactly(Map.entry("dana", "dana"), Map.entry("Dana", "dana-2"));
    assertThat(coded(project))
        .containsExactly(
            List.of("dana", "relief", "it was a relief"),
            List.of("dana-2", "family", "my sister \uD83D\uDC69\u200D\uD83D\uDC67"),
            List.of("dana-2", "knowing-who-to-call", "Knowing who to call."));
    assertThat(project.participants().load().participants())
        .extracting(p -> p.id(), p -> p.attributes().get("set"))
        .containsExactly(tuple("p01", "Wave 1"), tuple("p02", "Peer specialists; Wave 1"));
  }

  @Test
  void importsAQualCoderProjectWithItsTextInline() throws IOException {
    importFixture("qualcoder");
    assertThat(coded(project))
        .containsExactly(List.of("default", "waiting", "Eight months. \uD83D\uDE2E Eight!"));
  }

  @Test
  void findsHowAnUnknownToolCountedByHowWellTheSelectionsFit() throws IOException {
    Path nvivo = Fixtures.qdpx("nvivo", tmp);
    Path unknown =
        Files.write(
            tmp.resolve("unknown.qdpx"),
            rewrite(nvivo, "origin=\"NVivo 14.23.2 (Windows)\"", "origin=\"Some Tool 2\""));
    Imported done = importFile(project, unknown, null, false);
    assertThat(done.plan().vendor()).isEqualTo(PositionScheme.Vendor.OTHER);
    assertThat(done.plan().scheme()).isEqualTo(PositionScheme.UTF16);
    assertThat(done.plan().schemeReason()).contains("Some Tool 2");
    assertThat(coded(project)).contains(List.of("dana-smith", "relief", "it was a relief"));
  }

  @Test
  void warnsWhenAKnownToolsFileFitsAnotherCountBetter() throws IOException {
    Path nvivo = Fixtures.qdpx("nvivo", tmp);
    Path maxqda =
        Files.write(
            tmp.resolve("maxqda-named.qdpx"),
            rewrite(nvivo, "origin=\"NVivo 14.23.2 (Windows)\"", "origin=\"MAXQDA 2022\""));
    Imported done = importFile(project, maxqda, null, false);
    assertThat(done.plan().scheme()).isEqualTo(PositionScheme.CODE_POINTS);
    assertThat(done.plan().warnings())
        .anySatisfy(
            w -> assertThat(w).contains("read as UTF-16 units").contains("--positions utf16"));
  }

  @Test
  void putsEveryCodingUnderOneCoderWhenAsked() throws IOException {
    importFile(project, Fixtures.qdpx("nvivo", tmp), "second", false);
    assertThat(project.codings().coders()).containsExactly("second");
    assertThat(project.codings().load("second")).hasSize(4);
  }

  @Test
  void importingTheSameProjectAgainChangesNothing() throws IOException {
    importFixture("nvivo");
    Map<String, String> before = snapshot(project.root());
    Imported again = importFixture("nvivo");
    assertThat(again.codingsAdded())
        .containsOnly(Map.entry("dana-smith", 0), Map.entry("lee-okafor", 0));
    assertThat(again.memosAdded()).isZero();
    assertThat(again.plan().sources().get(0).isNew()).isFalse();
    assertThat(snapshot(project.root())).isEqualTo(before);
  }

  @Test
  void roundTripsImportExportImportToTheSameCodings() throws Exception {
    importFixture("nvivo");
    project
        .memos()
        .add(
            new MemoTarget(MemoTarget.Kind.UNIT, "p01-home-visit:t2"),
            "She means the district nurse.",
            "lead");
    byte[] exported = project.exchange().exportProject();
    assertThat(project.exchange().exportProject()).isEqualTo(exported);
    validate(entry(exported, "project.qde"));
    Path file = Files.write(tmp.resolve("out.qdpx"), exported);
    Project second = ProjectInitializer.init(tmp.resolve("second"), "Home visits", null);
    Imported back = importFile(second, file, null, false);
    assertThat(back.plan().vendor()).isEqualTo(PositionScheme.Vendor.TACIT);
    assertThat(keys(second)).isEqualTo(keys(project));
    assertThat(second.memos().list(null))
        .extracting(m -> m.target().toString(), m -> m.coder())
        .containsExactlyInAnyOrderElementsOf(
            project.memos().list(null).stream()
                .map(m -> tuple(m.target().toString(), m.coder()))
                .toList());
    assertThat(second.codebook().load().find("care-plan").orElseThrow().qdaGuid())
        .isEqualTo("c0000002-0000-4000-8000-000000000002");
    byte[] again = second.exchange().exportProject();
    assertThat(entry(again, "project.qde")).isEqualTo(entry(exported, "project.qde"));
    assertThat(again).isEqualTo(exported);
  }

  @Test
  void refusesASelectionItCannotPlaceAndWritesNothing() throws IOException {
    Path file =
        oneSource(
            "Home visit, 3 March\nInterviewer: Hello.\nP01: Hi there, nurse.\n",
            List.of(new long[] {0, 10}, new long[] {55, 60}));
    Map<String, String> before = snapshot(project.root());
    assertThatThrownBy(() -> importFile(project, file, null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("selection {00000000-0000-4000-8000-000000000010}")
        .hasMessageContaining("\"Home visit")
        .hasMessageContaining("--skip-unplaced");
    assertThat(snapshot(project.root())).isEqualTo(before);
  }

  @Test
  void importsTheOthersWhenAskedAndNamesTheSelectionLeftOut() throws IOException {
    Path file =
        oneSource(
            "Home visit, 3 March\nInterviewer: Hello.\nP01: Hi there, nurse.\n",
            List.of(new long[] {0, 10}, new long[] {55, 60}));
    Imported done = importFile(project, file, null, true);
    assertThat(done.plan().warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains("{00000000-0000-4000-8000-000000000010}")
                    .contains("left out"));
    assertThat(coded(project)).containsExactly(List.of("dana", "relief", "nurse"));
  }

  @Test
  void refusesASourceWhoseTranscriptExistsWithOtherText() throws IOException {
    importFile(project, oneSource("P01: First text here.\n", List.of()), null, false);
    Path other = oneSource("P01: Another text entirely.\n", List.of());
    Map<String, String> before = snapshot(project.root());
    assertThatThrownBy(() -> importFile(project, other, null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("already has with different text");
    assertThat(snapshot(project.root())).isEqualTo(before);
  }

  @Test
  void refusesACodingWithoutAUserUnlessACoderIsGiven() throws IOException {
    Path file =
        oneSource("P01: Hi there, nurse.\n", List.of(new long[] {15, 20})).resolveSibling("x.qdpx");
    Files.write(
        file,
        rewrite(
            oneSource("P01: Hi there, nurse.\n", List.of(new long[] {15, 20})),
            " creatingUser=\"11111111-1111-4111-8111-111111111111\"",
            ""));
    assertThatThrownBy(() -> importFile(project, file, null, false))
        .hasMessageContaining("names no user")
        .hasMessageContaining("--coder C");
    importFile(project, file, "lead", false);
    assertThat(coded(project)).containsExactly(List.of("lead", "relief", "nurse"));
  }

  // --- helpers ---

  private Path oneSource(String text, List<long[]> selections) throws IOException {
    StringBuilder sel = new StringBuilder();
    for (int i = 0; i < selections.size(); i++) {
      sel.append("<PlainTextSelection guid=\"00000000-0000-4000-8000-0000000000")
          .append(10 + i)
          .append("\" startPosition=\"")
          .append(selections.get(i)[0])
          .append("\" endPosition=\"")
          .append(selections.get(i)[1])
          .append(
              "\" creatingUser=\"11111111-1111-4111-8111-"
                  + "111111111111\"><Coding guid=\"00000000-0000-4000-8000-0000000001")
          .append(10 + i)
          .append(
              "\"><CodeRef targetGUID=\"22222222-2222-4222-8222-222222222222\"/></Coding>"
                  + "</PlainTextSelection>");
    }
    String qde =
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\" origin=\"Other 1\">"
            + "<Users><User guid=\"11111111-1111-4111-8111-111111111111\" name=\"Dana\"/></Users>"
            + "<CodeBook><Codes><Code guid=\"22222222-2222-4222-8222-222222222222\" name=\"Relief\""
            + " isCodable=\"true\"/></Codes></CodeBook><Sources><TextSource guid=\"33333333-3333-"
            + "4333-8333-333333333333\" name=\"P01\" plainTextPath=\"internal://p01.txt\">"
            + sel
            + "</TextSource></Sources></Project>";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
    entries.put("sources/p01.txt", text.getBytes(StandardCharsets.UTF_8));
    return Fixtures.zip(Files.createTempFile(tmp, "one", ".qdpx"), entries);
  }

  private static byte[] rewrite(Path qdpx, String from, String to) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] b = zip.readAllBytes();
        entries.put(
            e.getName(),
            e.getName().endsWith(".qde")
                ? new String(b, StandardCharsets.UTF_8)
                    .replace(from, to)
                    .getBytes(StandardCharsets.UTF_8)
                : b);
      }
    }
    Path out = Files.createTempFile(qdpx.getParent(), "rw", ".qdpx");
    Fixtures.zip(out, entries);
    return Files.readAllBytes(out);
  }

  private static List<String> keys(Project p) {
    return p.codings().loadAll().codings().stream()
        .map(
            c ->
                String.join(
                    ",",
                    c.coder(),
                    c.doc(),
                    c.span().toString(),
                    c.code(),
                    c.memo(),
                    c.created().toString()))
        .toList();
  }

  private static String entry(byte[] zipBytes, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  private static void validate(String qde) throws Exception {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    var schema = f.newSchema(Fixtures.folder("Project.xsd").toFile());
    assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(qde))))
        .doesNotThrowAnyException();
  }

  /** Every file of the project but the lock, with its content. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(f).toString();
        if (!rel.startsWith(".tacit")) {
          files.put(rel, new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }
}
