package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.coding.CodingTable;
import io.tacit.transcript.Transcript;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived cache in .tacit/cache gives exactly what reading the project's files gives, is used
 * only while those files keep the bytes it was made from, and is never a reason for a command to
 * fail or to give another answer: corrupt, truncated, foreign or unwritable entries are passed
 * over, and writers running at once leave only whole entries.
 */
class DerivedCacheTest {

  @TempDir static Path imported;
  @TempDir Path work;

  @BeforeAll
  static void importTheSampleStudy() {
    SampleStudy.importInto(imported.resolve("p"));
  }

  /** A fresh copy of the imported study, without any cache. */
  private Project study() throws IOException {
    Path from = imported.resolve("p");
    Path to = work.resolve("p");
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (p.startsWith(from.resolve(".tacit"))) {
          continue;
        }
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return Project.open(to);
  }

  /** The transcript as the project's files give it, without the cache. */
  private static Transcript fromFiles(Project project, String id) throws IOException {
    Path dir = project.resolve("transcripts");
    Path json = dir.resolve(id + ".json");
    byte[] text = Files.readAllBytes(dir.resolve(id + ".txt"));
    return TranscriptJson.read(Files.readAllBytes(json), json)
        .toTranscript(new String(text, StandardCharsets.UTF_8));
  }

  private static Path entry(Project project, String id) {
    return project.derivedDir().resolve("cache/transcripts/" + id + ".bin");
  }

  @Test
  void everySampleTranscriptComesBackFromTheCacheAsItsFilesGiveIt() throws IOException {
    Project project = study();
    List<String> ids = project.transcripts().ids();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
    for (String id : ids) {
      Transcript expected = fromFiles(project, id);
      assertThat(project.transcripts().load(id)).isEqualTo(expected);
      assertThat(entry(project, id)).isRegularFile();
      assertThat(project.transcripts().load(id)).isEqualTo(expected);
    }
  }

  @Test
  void anEntryIsWhatIsReadWhileTheFilesKeepTheirBytes() throws IOException {
    Project project = study();
    String id = project.transcripts().ids().get(0);
    Transcript real = project.transcripts().load(id);
    // An entry made by hand for the same bytes, with another title: read, so the cache is used.
    Path dir = project.resolve("transcripts");
    Transcript retitled =
        new Transcript(
            real.id(),
            "A title only the cache has",
            real.format(),
            real.participant(),
            real.source(),
            real.text(),
            real.textSha256(),
            real.header(),
            real.turns(),
            real.sentences(),
            real.words(),
            real.warnings());
    new TranscriptCache(new DerivedCache(project.derivedDir()))
        .put(
            id,
            CacheFile.key(Files.readAllBytes(dir.resolve(id + ".json"))),
            CacheFile.key(Files.readAllBytes(dir.resolve(id + ".txt"))),
            retitled);
    assertThat(project.transcripts().load(id).title()).isEqualTo("A title only the cache has");
  }

  @Test
  void anEditedTextIsRefusedWithTheMessageItAlwaysHad() throws IOException {
    Project project = study();
    String id = project.transcripts().ids().get(0);
    project.transcripts().load(id);
    assertThat(entry(project, id)).isRegularFile();
    Path txt = project.resolve("transcripts/" + id + ".txt");
    byte[] bytes = Files.readAllBytes(txt);
    bytes[10] = (byte) (bytes[10] == 'x' ? 'y' : 'x');
    Files.write(txt, bytes);
    assertThatThrownBy(() -> project.transcripts().load(id))
        .isInstanceOf(BadInputException.class)
        .extracting(e -> ((BadInputException) e).problems())
        .isEqualTo(
            List.of(
                Problem.at(
                    "transcripts/" + id + ".txt",
                    "the text was changed after import, so coding offsets no longer fit it;"
                        + " restore the file from version control")));
  }

  @Test
  void anEditedJsonIsReadAgain() throws IOException {
    Project project = study();
    String id = project.transcripts().ids().get(0);
    Transcript before = project.transcripts().load(id);
    Path json = project.resolve("transcripts/" + id + ".json");
    String edited =
        Files.readString(json)
            .replace("\"title\": \"" + before.title() + "\"", "\"title\": \"Renamed\"");
    assertThat(edited).contains("\"Renamed\"");
    Files.writeString(json, edited);
    assertThat(project.transcripts().load(id).title()).isEqualTo("Renamed");
    assertThat(project.transcripts().load(id)).isEqualTo(fromFiles(project, id));
  }

  @Test
  void corruptTruncatedAndForeignEntriesArePassedOverAndMadeAgain() throws IOException {
    Project project = study();
    String id = project.transcripts().ids().get(0);
    Transcript expected = fromFiles(project, id);
    project.transcripts().load(id);
    Path entry = entry(project, id);
    byte[] good = Files.readAllBytes(entry);

    List<byte[]> broken = new ArrayList<>();
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 0x40;
    broken.add(flipped);
    broken.add(java.util.Arrays.copyOf(good, good.length / 2));
    broken.add(java.util.Arrays.copyOf(good, 7));
    broken.add(new byte[0]);
    byte[] otherVersion = good.clone();
    ByteBuffer.wrap(otherVersion).putInt(8, CacheFile.VERSION + 1);
    broken.add(otherVersion);
    byte[] longer = java.util.Arrays.copyOf(good, good.length + 3);
    broken.add(longer);
    broken.add("not a cache entry at all, just some text".getBytes(StandardCharsets.UTF_8));
    // A coding file's entry in a transcript's place: another kind.
    byte[] otherKind = good.clone();
    otherKind[5] = 'c';
    otherKind[6] = 'f';
    broken.add(otherKind);

    for (byte[] bad : broken) {
      Files.write(entry, bad);
      assertThat(project.transcripts().load(id)).isEqualTo(expected);
      assertThat(Files.readAllBytes(entry)).isEqualTo(good);
    }
  }

  @Test
  void anEntryWhoseLengthsLieIsPassedOverEvenWithAGoodChecksum() throws IOException {
    Project project = study();
    String id = project.transcripts().ids().get(0);
    Transcript expected = project.transcripts().load(id);
    Path dir = project.resolve("transcripts");
    // Keys that match, then a string that claims two billion chars.
    CacheFile.Out out = new CacheFile.Out();
    out.writeLong(CacheFile.key(Files.readAllBytes(dir.resolve(id + ".json"))))
        .writeLong(CacheFile.key(Files.readAllBytes(dir.resolve(id + ".txt"))))
        .writeInt(Integer.MAX_VALUE);
    CacheFile.write(entry(project, id), "tr", out);
    assertThat(project.transcripts().load(id)).isEqualTo(expected);
    // And a count of turns far beyond the bytes left.
    CacheFile.Out turns = new CacheFile.Out();
    turns
        .writeLong(CacheFile.key(Files.readAllBytes(dir.resolve(id + ".json"))))
        .writeLong(CacheFile.key(Files.readAllBytes(dir.resolve(id + ".txt"))));
    for (int i = 0; i < 8; i++) {
      turns.writeString("x");
    }
    turns.writeInt(0).writeInt(0).writeInt(0).writeInt(1 << 30);
    CacheFile.write(entry(project, id), "tr", turns);
    assertThat(project.transcripts().load(id)).isEqualTo(expected);
  }

  @Test
  void aCacheThatCannotBeWrittenChangesNothing() throws IOException {
    Project project = study();
    // .tacit/cache is a file, so no entry can be made under it.
    Files.createDirectories(project.derivedDir());
    Files.writeString(project.derivedDir().resolve("cache"), "not a folder");
    for (String id : project.transcripts().ids()) {
      assertThat(project.transcripts().load(id)).isEqualTo(fromFiles(project, id));
    }
    assertThat(project.derivedDir().resolve("cache")).isRegularFile();
  }

  @Test
  void aProjectThatIsNotWritableIsReadAsBefore() throws IOException {
    Project project = study();
    Path root = project.root();
    List<Path> all;
    try (Stream<Path> files = Files.walk(root)) {
      all = files.toList();
    }
    all.forEach(p -> p.toFile().setWritable(false, false));
    try {
      // An administrator writes anyway; the test means nothing then.
      Assumptions.assumeFalse(Files.isWritable(root), "the folder stays writable for this user");
      for (String id : project.transcripts().ids()) {
        assertThat(project.transcripts().load(id)).isEqualTo(fromFiles(project, id));
      }
    } finally {
      all.forEach(p -> p.toFile().setWritable(true, false));
    }
  }

  /** Holds a project's lock in a process of its own until its input closes. */
  public static final class LockHolder {
    public static void main(String[] args) throws IOException {
      try (ProjectLock lock = Project.open(Path.of(args[0])).lock()) {
        System.out.println("held");
        System.out.flush();
        System.in.read();
      }
    }
  }

  @Test
  void nothingIsWrittenWhileAnotherProcessHoldsTheLock() throws Exception {
    Project project = study();
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                project.root().toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      assertThat(new String(holder.getInputStream().readNBytes(4), StandardCharsets.UTF_8))
          .isEqualTo("held");
      String id = project.transcripts().ids().get(0);
      assertThat(project.transcripts().load(id)).isEqualTo(fromFiles(project, id));
      assertThat(entry(project, id)).doesNotExist();
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    String id = project.transcripts().ids().get(0);
    project.transcripts().load(id);
    assertThat(entry(project, id)).isRegularFile();
  }

  @Test
  void writersAtOnceLeaveOnlyWholeEntries() throws Exception {
    Project project = study();
    List<String> ids = project.transcripts().ids();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Transcript>> loads = new ArrayList<>();
      for (int round = 0; round < 6; round++) {
        for (String id : ids) {
          // Each load its own store, as separate commands have.
          loads.add(pool.submit(() -> Project.open(project.root()).transcripts().load(id)));
        }
      }
      for (Future<Transcript> f : loads) {
        Transcript t = f.get();
        assertThat(t).isEqualTo(fromFiles(project, t.id()));
      }
    } finally {
      pool.shutdown();
    }
    try (Stream<Path> left = Files.list(project.derivedDir().resolve("cache/transcripts"))) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> id + ".bin").toList());
    }
    for (String id : ids) {
      assertThat(CacheFile.read(entry(project, id), "tr")).isPresent();
      assertThat(project.transcripts().load(id)).isEqualTo(fromFiles(project, id));
    }
  }

  // --- Coding files ---

  private static final String CODINGS =
      "doc,start,end,code,memo,created\n"
          + "p01,0,10,a,,2026-01-01T00:00:00Z\n"
          + "p01,5,12,b,\"a memo, with a comma\nand a line\",2026-01-02T00:00:00Z\n"
          + "p02,3,4,a,\u00e9\ud83d\ude00,2026-01-01T00:00:00Z\n";

  private static CodingTable table(Project project, String coder) {
    io.tacit.ProblemList problems = new io.tacit.ProblemList();
    CodingTable t = project.codings().table(coder, problems);
    problems.throwIfAny();
    return t;
  }

  private static void assertSameTable(CodingTable actual, CodingTable expected) {
    assertThat(actual.location()).isEqualTo(expected.location());
    assertThat(actual.header()).isEqualTo(expected.header());
    assertThat(actual.rows()).isEqualTo(expected.rows());
    assertThat(actual.lineEnd()).isEqualTo(expected.lineEnd());
  }

  @Test
  void aCodingFileComesBackFromTheCacheAsItsTextGivesIt() throws IOException {
    Project project = study();
    for (String text : List.of(CODINGS, CODINGS.replace("\n", "\r\n"), "\uFEFF" + CODINGS)) {
      Files.createDirectories(project.resolve("coding"));
      Files.writeString(project.resolve("coding/lead.csv"), text);
      CodingTable expected = CodingTable.read("coding/lead.csv", text);
      assertSameTable(table(project, "lead"), expected);
      assertThat(project.derivedDir().resolve("cache/coding/lead.bin")).isRegularFile();
      assertSameTable(table(project, "lead"), expected);
    }
  }

  @Test
  void aCodingFileWithProblemsHasNoEntryAndReportsThemEveryTime() throws IOException {
    Project project = study();
    Files.createDirectories(project.resolve("coding"));
    Files.writeString(project.resolve("coding/lead.csv"), CODINGS + "p01,9,3,a,,\n");
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> table(project, "lead"))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("coding/lead.csv:6")
          .hasMessageContaining("end 3 is not after start 9");
    }
    assertThat(project.derivedDir().resolve("cache/coding/lead.bin")).doesNotExist();
  }

  @Test
  void anEditedCodingFileIsReadAgain() throws IOException {
    Project project = study();
    Files.createDirectories(project.resolve("coding"));
    Path file = project.resolve("coding/lead.csv");
    Files.writeString(file, CODINGS);
    table(project, "lead");
    String edited = CODINGS.replace("p02,3,4,a", "p02,3,5,a");
    Files.writeString(file, edited);
    assertSameTable(table(project, "lead"), CodingTable.read("coding/lead.csv", edited));
    // A corrupt entry is passed over too.
    Path entry = project.derivedDir().resolve("cache/coding/lead.bin");
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length - 9] ^= 1;
    Files.write(entry, bytes);
    assertSameTable(table(project, "lead"), CodingTable.read("coding/lead.csv", edited));
  }
}
