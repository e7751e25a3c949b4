package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.coding.CodingTable;
import io.tacit.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodingStoreTest {
  private static final Instant NOW = Instant.parse("2026-11-23T17:20:00Z");
  private static final String HEADER = "doc,start,end,code,memo,created\n";

  @TempDir static Path shared;
  private static Path template;

  @TempDir Path tmp;
  private Project project;
  private CodingStore store;

  @BeforeAll
  static void study() {
    template = CodingFixture.create(shared).root();
  }

  @BeforeEach
  void copy() throws IOException {
    Path root = tmp.resolve("study");
    try (var files = Files.walk(template)) {
      for (Path f : files.toList()) {
        Path to = root.resolve(template.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    project = Project.open(root);
    store = new CodingStore(project, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Coding coding(String coder, String doc, int start, int end, String code) {
    return new Coding(coder, doc, Span.of(start, end), code, "", NOW);
  }

  private Path file(String coder, String rows) throws IOException {
    return Files.writeString(project.resolve("coding/" + coder + ".csv"), HEADER + rows);
  }

  private static List<String> problems(Throwable e) {
    return ((BadInputException) e).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aVersionedUpdateWritesWhileTheFileIsUnchangedAndRefusesOnceItChanged() throws IOException {
    assertThat(store.version("lead")).isEqualTo(CodingStore.NO_FILE);
    CodingStore.Versioned first =
        store.update(
            "lead",
            CodingStore.NO_FILE,
            current -> List.of(coding("lead", "p01", 55, 115, "transport")));
    assertThat(first.change()).isEqualTo(new CodingStore.Change(1, 0, 0));
    Path f = project.resolve("coding/lead.csv");
    assertThat(first.version())
        .isEqualTo(io.tacit.text.Sha256.of(Files.readAllBytes(f)))
        .isEqualTo(store.version("lead"));
    // Another command adds a coding: the version read before no longer holds.
    store.add("lead", List.of(coding("lead", "p02", 0, 4, "housing")));
    String written = Files.readString(f);
    assertThatThrownBy(() -> store.update("lead", first.version(), current -> List.of()))
        .isInstanceOf(StaleFileException.class)
        .hasMessageStartingWith("coding/lead.csv: changed since it was read");
    assertThat(f).hasContent(written);
    CodingStore.Versioned second =
        store.update("lead", store.version("lead"), current -> current.subList(1, current.size()));
    assertThat(second.change()).isEqualTo(new CodingStore.Change(0, 1, 0));
    assertThat(Files.readString(f)).doesNotContain("transport").contains("housing");
  }

  @Test
  void addWritesSortedRowsAndAddingTheSameAgainChangesNothing() throws IOException {
    CodingStore.Change first =
        store.add(
            "lead",
            List.of(
                coding("lead", "p02", 0, 4, "housing"),
                coding("lead", "p01", 155, 205, "care-plan"),
                coding("lead", "p01", 55, 115, "transport")));
    assertThat(first).isEqualTo(new CodingStore.Change(3, 0, 0));
    Path f = project.resolve("coding/lead.csv");
    assertThat(f)
        .hasContent(
            HEADER
                + "p01,55,115,transport,,2026-11-23T17:20:00Z\n"
                + "p01,155,205,care-plan,,2026-11-23T17:20:00Z\n"
                + "p02,0,4,housing,,2026-11-23T17:20:00Z");
    byte[] before = Files.readAllBytes(f);
    Files.setLastModifiedTime(f, FileTime.fromMillis(0));
    Coding again =
        new Coding("lead", "p01", Span.of(55, 115), "transport", "other memo", NOW.plusSeconds(5));
    assertThat(store.add("lead", List.of(again))).isEqualTo(new CodingStore.Change(0, 0, 1));
    assertThat(f).hasBinaryContent(before);
    assertThat(Files.getLastModifiedTime(f).toMillis()).isZero();
  }

  @Test
  void loadChecksEveryRowAndReportsEveryProblemAtItsLine() throws IOException {
    file(
        "lead",
        "p01,55,115,transport,,2026-11-23T17:20:00Z\n"
            + "p99,0,5,transport,,2026-11-23T17:20:00Z\n"
            + "p01,280,999,transport,,2026-11-23T17:20:00Z\n"
            + "p01,55,115,care-pan,,2026-11-23T17:20:00Z\n"
            + "p01,55,115,housing,,t\n"
            + "p01,55,115,housing,,\n"
            + "P01,55,115,housing,,2026-11-23T17:20:00Z\n");
    assertThatThrownBy(() -> store.load("lead"))
        .satisfies(
            e ->
                assertThat(problems(e))
                    .containsExactly(
                        "coding/lead.csv:3: unknown transcript \"p99\"; see `tacit transcripts` for the ids,"
                            + " or import it first",
                        "coding/lead.csv:4: end 999 is past the end of transcript p01 (287 code points);"
                            + " fix the offsets",
                        "coding/lead.csv:5: unknown code \"care-pan\": the codebook has no code with this id;"
                            + " add it (tacit codebook add care-pan --name \"...\") or correct the code",
                        "coding/lead.csv:6: created \"t\" is not a time; write it as 2026-11-23T17:20:00Z"
                            + " (ISO-8601, UTC)",
                        "coding/lead.csv:7: created is empty; give the time it was coded, e.g."
                            + " 2026-11-23T17:20:00Z",
                        "coding/lead.csv:8: transcript id \"P01\" is not allowed: use 1 to 64 lowercase"
                            + " letters, digits, '-' or '_', starting with a letter or digit; fix the row"));
  }

  @Test
  void aTranscriptEditedAfterImportIsReportedOnce() throws IOException {
    file(
        "lead",
        "p01,55,115,transport,,2026-11-23T17:20:00Z\n"
            + "p01,155,205,transport,,2026-11-23T17:20:00Z\n");
    Files.writeString(
        project.resolve("transcripts/p01.txt"), CodingFixture.P01.replace("bus", "car"));
    assertThatThrownBy(() -> store.load("lead"))
        .satisfies(
            e ->
                assertThat(problems(e))
                    .singleElement()
                    .asString()
                    .startsWith("transcripts/p01.txt: the text was changed"));
  }

  @Test
  void removeTakesAwayThoseApplicationsOnly() {
    store.add(
        "lead",
        List.of(
            coding("lead", "p01", 55, 115, "transport"),
            coding("lead", "p01", 55, 115, "care-plan"),
            coding("lead", "p02", 0, 4, "transport")));
    CodingStore.Change c =
        store.remove(
            "lead",
            List.of(
                coding("lead", "p01", 55, 115, "transport"),
                coding("lead", "p01", 50, 115, "transport")));
    assertThat(c).isEqualTo(new CodingStore.Change(0, 1, 1));
    assertThat(store.load("lead"))
        .extracting(Coding::code)
        .containsExactly("care-plan", "transport");
  }

  @Test
  void importChecksEveryRowFirstAndWritesNothingIfAnyFails() throws IOException {
    Path lead = file("lead", "p01,55,115,transport,,2026-11-23T17:20:00Z\n");
    byte[] before = Files.readAllBytes(lead);
    String rows =
        "doc,start,end,code,memo\n"
            + "p01,0,10,transport,fine\n"
            + "p07,0,10,transport,\n"
            + "p01,0,10,parking,\n"
            + "p01,-4,10,transport,\n"
            + "p01,10,10,transport,\n"
            + "p01,10,400,transport,\n"
            + "p01,ten,20,transport,\n"
            + "p01,10,20\n";
    assertThatThrownBy(() -> store.importCodings("lead", "in.csv", rows))
        .satisfies(
            e ->
                assertThat(problems(e))
                    .extracting(p -> p.substring(0, p.indexOf(": ")))
                    .containsExactly(
                        "in.csv:3",
                        "in.csv:4",
                        "in.csv:5",
                        "in.csv:6",
                        "in.csv:7",
                        "in.csv:8",
                        "in.csv:9"));
    assertThat(lead).hasBinaryContent(before);
  }

  @Test
  void importMergesIntoTheCodersFileAndDatesRowsWithoutATime() {
    store.add("lead", List.of(coding("lead", "p01", 55, 115, "transport")));
    CodingStore.Change c =
        store.importCodings(
            "lead",
            "in.csv",
            "\uFEFFdoc,start,end,code,memo,"
                + "created\r\np01,55,115,transport,dup,\r\np02,0,4,housing,\"a, b\",2026-01-02\r\n"
                + "p02,0,4,housing,,\r\np01,0,5,care-plan,,\r\n");
    assertThat(c).isEqualTo(new CodingStore.Change(2, 0, 2));
    assertThat(store.load("lead"))
        .extracting(k -> k.doc() + " " + k.span() + " " + k.memo() + " " + k.created())
        .containsExactly(
            "p01 0-5  2026-11-23T17:20:00Z",
            "p01 55-115  2026-11-23T17:20:00Z",
            "p02 0-4 a, b 2026-01-02T00:00:00Z");
  }

  @Test
  void loadAllGivesEveryCoderWithTheCodedText() {
    store.add("second", List.of(coding("second", "p02", 46, 51, "transport")));
    store.add("lead", List.of(coding("lead", "p01", 55, 115, "transport")));
    CodingSet all = store.loadAll();
    assertThat(all.coders()).containsExactly("lead", "second");
    assertThat(all.codings()).extracting(Coding::coder).containsExactly("lead", "second");
    assertThat(all.text(all.codings().get(0)))
        .isEqualTo("Most of them take the bus, and some" + " need a ride from family.");
    assertThat(all.text(all.of("second").get(0))).isEqualTo("drove");
  }

  @Test
  void transferMovesCodingsAndOnlyRemovesOnesTheTargetHas() {
    store.add(
        "auto",
        List.of(
            coding("auto", "p01", 55, 115, "transport"),
            coding("auto", "p01", 241, 286, "transport"),
            coding("auto", "p01", 155, 205, "care-plan")));
    store.add("lead", List.of(coding("lead", "p01", 55, 115, "transport")));
    CodingStore.Transfer t =
        store.transfer("auto", "lead", c -> c.code().equals("transport"), c -> c);
    assertThat(t).isEqualTo(new CodingStore.Transfer(2, 1));
    assertThat(store.load("lead"))
        .extracting(Coding::span)
        .containsExactly(Span.of(55, 115), Span.of(241, 286));
    assertThat(store.load("auto")).extracting(Coding::code).containsExactly("care-plan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "..", "Lead", "a/b", "", "lead.csv", "-x", "a b"})
  void refusesCoderNamesThatAreNotIds(String coder) {
    assertThatThrownBy(() -> store.load(coder))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("coder id");
    assertThatThrownBy(() -> store.add(coder, List.of())).isInstanceOf(BadInputException.class);
    assertThat(project.resolve("x.csv")).doesNotExist();
  }

  @Test
  void aCodingFileWhoseNameIsNotACoderIdIsReported() throws IOException {
    Files.writeString(project.resolve("coding/Lead Coder.csv"), HEADER);
    assertThatThrownBy(() -> store.tables())
        .hasMessageStartingWith(
            "coding/Lead Coder.csv: coder" + " id \"Lead Coder\" is not allowed");
    assertThat(store.coders()).isEmpty();
  }

  @Test
  void aPersonCodesAsTheLeadCoderOrAnyCoderWithCodingsThatAreNotSuggestions() throws IOException {
    assertThat(store.isHuman("auto")).isFalse();
    file("auto", "p01,55,115,transport,suggested: score 1.000; terms: bus,2026-11-23T17:20:00Z\n");
    assertThat(store.isHuman("auto")).isFalse();
    file("second", "p01,55,115,transport,,2026-11-23T17:20:00Z\n");
    assertThat(store.isHuman("second")).isTrue();
    Project led = project.withLeadCoder("lead");
    assertThat(led.codings().isHuman("lead")).isTrue();
    assertThat(Project.open(project.root()).settings().leadCoder()).isEqualTo("lead");
  }

  @Test
  void twoWritersAtOnceLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int base = w * 25;
        done.add(
            pool.submit(
                () -> {
                  for (int i = base; i < base + 25; i++) {
                    store.add("lead", List.of(coding("lead", "p01", i, i + 1, "transport")));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.load("lead")).hasSize(50);
  }

  @Test
  void importsOneHundredThousandRowsInSeconds() {
    StringBuilder rows = new StringBuilder("doc,start,end,code\n");
    String[] codes = {"transport", "care-plan", "housing"};
    int n = 0;
    for (int start = 0; n < 100_000; start = (start + 1) % 100) {
      for (int len = 1; len <= 80 && n < 100_000; len += 3, n++) {
        rows.append(n % 2 == 0 ? "p01" : "p02")
            .append(',')
            .append(start)
            .append(',')
            .append(start + len)
            .append(',')
            .append(codes[n % 3])
            .append('\n');
      }
    }
    long t0 = System.nanoTime();
    CodingStore.Change c = store.importCodings("lead", "big.csv", rows.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(c.added() + c.unchanged()).isEqualTo(100_000);
    assertThat(seconds).as("seconds to import 100,000 rows").isLessThan(30);
    assertThat(CodingTable.read("x", readLead()).rows()).hasSize(c.added());
  }

  private String readLead() {
    try {
      return Files.readString(project.resolve("coding/lead.csv"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
