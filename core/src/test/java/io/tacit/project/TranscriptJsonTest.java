package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tacit.BadInputException;
import io.tacit.project.TranscriptDocument.SentenceEntry;
import io.tacit.project.TranscriptDocument.TurnEntry;
import io.tacit.transcript.SourceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming reader of transcripts/ID.json gives exactly the records data binding gives: on the
 * golden files, on the whole sample study as imported, and on generated documents; and any other
 * layout goes to data binding, which decides as it always did.
 */
class TranscriptJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/io/tacit/project/golden");

  @TempDir static Path imported;

  @BeforeAll
  static void importTheSampleStudy() {
    SampleStudy.importInto(imported.resolve("p"));
  }

  static Stream<Path> storedFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> golden = Files.list(GOLDEN);
        Stream<Path> sample = Files.list(imported.resolve("p/transcripts"))) {
      golden.filter(p -> p.toString().endsWith(".stored.json")).forEach(files::add);
      sample.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
    }
    return files.stream().sorted();
  }

  @Test
  void theSampleStudyWasImported() throws IOException {
    assertThat(storedFiles().count()).isGreaterThanOrEqualTo(3 + 12);
  }

  @ParameterizedTest
  @MethodSource("storedFiles")
  void streamingGivesTheRecordsDataBindingGives(Path file) throws IOException {
    byte[] json = Files.readAllBytes(file);
    TranscriptDocument bound = ProjectFiles.JSON.readValue(json, TranscriptDocument.class);
    assertThat(TranscriptJson.stream(json)).contains(bound);
    assertThat(TranscriptJson.read(json, file)).isEqualTo(bound);
  }

  @Property(tries = 300)
  void streamingReadsWhatTheStoreWrites(@ForAll("documents") TranscriptDocument doc)
      throws IOException {
    byte[] json = ProjectFiles.JSON_WRITER.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
    assertThat(TranscriptJson.stream(json)).contains(doc);
    assertThat(ProjectFiles.JSON.readValue(json, TranscriptDocument.class)).isEqualTo(doc);
  }

  @Test
  void keysInAnotherOrderReadTheSame() throws IOException {
    String json =
        "{\"turns\": [{\"end\": 9, \"time\": null, \"start\": 2,"
            + " \"role\": \"participant\", \"speaker\": \"P1\", \"n\": 1}],"
            + " \"sentences\": [{\"end\": 9, \"start\": 2, \"turn\": 1, \"n\": 1}],"
            + " \"warnings\": [], \"header\": [\"Interview 1\"], \"words\": 2,"
            + " \"textSha256\": \"ab\", \"source\": {\"encoding\": \"UTF-8\", \"sha256\": \"cd\","
            + " \"file\": \"a.txt\"}, \"participant\": \"a\", \"format\": \"txt\", \"title\": \"A\","
            + " \"id\": \"a\"}";
    TranscriptDocument doc =
        new TranscriptDocument(
            "a",
            "A",
            "txt",
            "a",
            new SourceInfo("a.txt", "cd", "UTF-8"),
            "ab",
            2,
            List.of("Interview 1"),
            List.of(),
            List.of(new TurnEntry(1, "P1", "participant", 2, 9, null)),
            List.of(new SentenceEntry(1, 1, 2, 9)));
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(TranscriptJson.stream(bytes)).contains(doc);
    assertThat(ProjectFiles.JSON.readValue(bytes, TranscriptDocument.class)).isEqualTo(doc);
  }

  @Test
  void aNumberWrittenAsTextIsLeftToDataBindingWhichAcceptsIt(@TempDir Path tmp) throws IOException {
    String json = minimal().replace("\"words\": 2", "\"words\": \"2\"");
    Path file = write(tmp, json);
    assertThat(TranscriptJson.stream(Files.readAllBytes(file))).isEmpty();
    assertThat(TranscriptJson.read(Files.readAllBytes(file), file).words()).isEqualTo(2);
  }

  @Test
  void anUnknownKeyIsRefusedAsDataBindingRefusesIt(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, minimal().replace("\"words\": 2", "\"words\": 2, \"extra\": 1"));
    assertThat(TranscriptJson.stream(Files.readAllBytes(file))).isEmpty();
    assertThatThrownBy(() -> TranscriptJson.read(Files.readAllBytes(file), file))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"extra\"");
  }

  @Test
  void aMissingKeyIsLeftToDataBinding(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, minimal().replace("\"textSha256\": \"ab\", ", ""));
    assertThat(TranscriptJson.stream(Files.readAllBytes(file))).isEmpty();
    assertThat(TranscriptJson.read(Files.readAllBytes(file), file).textSha256()).isNull();
  }

  @Test
  void brokenJsonIsRefusedWithDataBindingsMessage(@TempDir Path tmp) throws IOException {
    Path empty = write(tmp, "");
    assertThatThrownBy(() -> TranscriptJson.read(new byte[0], empty))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("No content");
    Path duplicate = write(tmp, minimal().replace("\"words\": 2", "\"words\": 2, \"words\": 3"));
    assertThat(TranscriptJson.stream(Files.readAllBytes(duplicate))).isEmpty();
    assertThatThrownBy(() -> TranscriptJson.read(Files.readAllBytes(duplicate), duplicate))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Duplicate field 'words'");
    Path inTurn =
        write(
            tmp,
            minimal()
                .replace(
                    "\"turns\": []",
                    "\"turns\": [{\"n\": 1,"
                        + " \"speaker\": \"P\", \"role\": \"participant\", \"start\": 0, \"end\": 1,"
                        + " \"start\": 0}]"));
    assertThat(TranscriptJson.stream(Files.readAllBytes(inTurn))).isEmpty();
    assertThatThrownBy(() -> TranscriptJson.read(Files.readAllBytes(inTurn), inTurn))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Duplicate field 'start'");
  }

  @Test
  void aStoredTranscriptWithBrokenJsonIsBadInputNamingTheFile() throws IOException {
    Project project = Project.open(imported.resolve("p"));
    Path json = project.resolve("transcripts/p01.json");
    byte[] before = Files.readAllBytes(json);
    try {
      Files.writeString(json, "{\"id\": ");
      assertThatThrownBy(() -> project.transcripts().load("p01"))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("transcripts/p01.json: cannot be read (");
    } finally {
      Files.write(json, before);
    }
  }

  @Test
  void editedOrUndecodableTextIsRefusedAsBefore() throws IOException {
    Project project = Project.open(imported.resolve("p"));
    Path txt = project.resolve("transcripts/p02.txt");
    byte[] before = Files.readAllBytes(txt);
    try {
      Files.writeString(txt, "changed\n");
      assertThatThrownBy(() -> project.transcripts().load("p02"))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("transcripts/p02.txt: the text was changed after import");
      Files.write(txt, new byte[] {'a', (byte) 0xff, 'b'});
      assertThatThrownBy(() -> project.transcripts().load("p02"))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("transcripts/p02.json: cannot be read (Input length = 1)");
    } finally {
      Files.write(txt, before);
    }
    assertThat(project.transcripts().load("p02").text().text())
        .isEqualTo(new String(before, StandardCharsets.UTF_8));
  }

  private static String minimal() {
    return "{\"id\": \"a\", \"title\": \"A\", \"format\": \"txt\", \"participant\": \"a\","
        + " \"source\": {\"file\": \"a.txt\", \"sha256\": \"cd\", \"encoding\": \"UTF-8\"},"
        + " \"textSha256\": \"ab\", \"words\": 2, \"header\": [], \"warnings\": [],"
        + " \"turns\": [], \"sentences\": []}";
  }

  private static Path write(Path dir, String json) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "t", ".json"), json);
  }

  @Provide
  Arbitrary<TranscriptDocument> documents() {
    // Whole Unicode text (as a transcript's is): escapes, controls, accents, CJK, and characters
    // beyond the Basic Multilingual Plane.
    Arbitrary<String> text =
        Combinators.combine(
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withChars("\"\\/\n\t\u0000\u001f \u00e9\u20ac\u2028")
                    .withCharRange('\u4e00', '\u4e1f')
                    .ofMaxLength(24),
                Arbitraries.of("", "\ud83d\ude00", "\ud83e\uddd1\u200d\u2695\ufe0f"))
            .as(String::concat);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<String> time =
        Arbitraries.integers()
            .between(0, 99)
            .map(
                h ->
                    String.format(
                        java.util.Locale.ROOT,
                        "%02d:%02d:%02d.%03d",
                        h,
                        h % 60,
                        (h * 7) % 60,
                        h * 9))
            .injectNull(0.3);
    Arbitrary<TurnEntry> turn =
        Combinators.combine(
                offset, text, Arbitraries.of("interviewer", "participant"), offset, offset, time)
            .as(TurnEntry::new);
    Arbitrary<SentenceEntry> sentence =
        Combinators.combine(offset, offset, offset, offset).as(SentenceEntry::new);
    Arbitrary<SourceInfo> source = Combinators.combine(text, text, text).as(SourceInfo::new);
    Arbitrary<List<String>> lines = text.list().ofMaxSize(4);
    return Combinators.combine(
            text,
            text,
            text,
            text,
            source,
            text,
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            lines)
        .flatAs(
            (id, title, format, participant, src, sha, words, header) ->
                Combinators.combine(lines, turn.list().ofMaxSize(6), sentence.list().ofMaxSize(8))
                    .as(
                        (warnings, turns, sentences) ->
                            new TranscriptDocument(
                                id,
                                title,
                                format,
                                participant,
                                src,
                                sha,
                                words,
                                header,
                                warnings,
                                turns,
                                sentences)));
  }
}
