package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.TranscriptImporter.Outcome;
import io.tacit.project.TranscriptImporter.Request;
import io.tacit.project.TranscriptImporter.Status;
import io.tacit.transcript.Role;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptImporterTest {
  private static SentenceSplitter splitter;
  @TempDir Path tmp;
  private Project project;
  private Path sources;

  @BeforeAll
  static void loadSplitter() {
    splitter = new SentenceSplitter();
  }

  @BeforeEach
  void newProject() throws IOException {
    project = ProjectInitializer.init(tmp.resolve("study"), "Study", null);
    sources = Files.createDirectories(tmp.resolve("in"));
  }

  private List<Outcome> importFiles(boolean replace, Path... files) {
    return new TranscriptImporter(project, splitter)
        .run(new Request(List.of(files), null, null, null, List.of(), replace), (f, d, t) -> {});
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(sources.resolve(name), text);
  }

  @Test
  void storesCanonicalTextAndStructureThatLoadBackEqual() throws IOException {
    Path f = write("P01.txt", "Interviewer: How are you?\n\nP01: Good. Busy week.\n");
    Outcome o = importFiles(false, f).get(0);
    assertThat(o.status()).isEqualTo(Status.IMPORTED);
    Transcript stored = project.transcripts().load("p01");
    assertThat(stored).isEqualTo(o.transcript());
    assertThat(Files.readString(project.resolve("transcripts/p01.txt")))
        .isEqualTo("Interviewer: How are you?\n\nP01: Good. Busy week.\n");
    assertThat(stored.turns())
        .extracting(Turn::role)
        .containsExactly(Role.INTERVIEWER, Role.PARTICIPANT);
    assertThat(stored.sentences()).hasSize(3);
    assertThat(stored.participant()).isEqualTo("p01");
  }

  @Test
  void identicalReimportIsANoOpAndDifferentContentIsRefusedWithoutReplace() throws IOException {
    Path f = write("p01.txt", "Interviewer: Hi?\n\nP01: Hello.\n");
    importFiles(false, f);
    long before = Files.getLastModifiedTime(project.resolve("transcripts/p01.json")).toMillis();
    assertThat(importFiles(false, f).get(0).status()).isEqualTo(Status.UNCHANGED);
    assertThat(Files.getLastModifiedTime(project.resolve("transcripts/p01.json")).toMillis())
        .isEqualTo(before);

    write("p01.txt", "Interviewer: Hi?\n\nP01: Hello there.\n");
    assertThatThrownBy(() -> importFiles(false, f))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("already exists with different content; use --replace");
    assertThat(project.transcripts().load("p01").text().text()).contains("P01: Hello.\n");
    assertThat(importFiles(true, f).get(0).status()).isEqualTo(Status.REPLACED);
    assertThat(project.transcripts().load("p01").text().text()).contains("Hello there.");
  }

  @Test
  void replaceIsRefusedWhileCodingsPointIntoTheTranscript() throws IOException {
    Path f = write("p01.txt", "Interviewer: Hi?\n\nP01: Hello.\n");
    importFiles(false, f);
    Files.writeString(
        project.resolve("coding/lead.csv"),
        "doc,start,end,code,memo,created\np01,22,28,greeting,,2026-01-01T00:00:00Z\n");
    write("p01.txt", "Interviewer: Hi?\n\nP01: Goodbye.\n");
    assertThatThrownBy(() -> importFiles(true, f))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("has codings that point into its text");
  }

  @Test
  void aBatchWithOneBadFileWritesNothingAndNamesEveryProblem() throws IOException {
    Path good = write("p01.txt", "Interviewer: Hi?\n\nP01: Hello.\n");
    Path empty = write("p02.txt", "");
    Path badName = write("Interview 3.txt", "I: a\n\nR: b\n");
    assertThatThrownBy(() -> importFiles(false, good, empty, badName))
        .isInstanceOf(BadInputException.class)
        .satisfies(
            e ->
                assertThat(((BadInputException) e).problems())
                    .extracting(Object::toString)
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains("Interview 3.txt")
                                .contains("--id interview-3")));
    assertThatThrownBy(() -> importFiles(false, good, empty))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("p02.txt: the file is empty");
    try (Stream<Path> files = Files.list(project.resolve("transcripts"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void importsEveryTranscriptInAFolderAndSkipsOtherFiles() throws IOException {
    write("p01.txt", "Interviewer: Hi?\n\nP01: Hello.\n");
    write("p02.txt", "Interviewer: Hi?\n\nP02: Hey.\n");
    write("participants.csv", "id,role\np01,x\n");
    write("README.md", "# not a transcript\n");
    List<Outcome> outcomes =
        new TranscriptImporter(project, splitter)
            .run(
                new Request(List.of(sources), null, null, null, List.of(), false), (f, d, t) -> {});
    assertThat(outcomes).extracting(o -> o.transcript().id()).containsExactly("p01", "p02");
    assertThat(project.transcripts().ids()).containsExactly("p01", "p02");
  }

  @Test
  void refusesToLoadATranscriptWhoseTextWasEdited() throws IOException {
    importFiles(false, write("p01.txt", "Interviewer: Hi?\n\nP01: Hello.\n"));
    Files.writeString(project.resolve("transcripts/p01.txt"), "Interviewer: Hi?\n\nP01: Hello!\n");
    assertThatThrownBy(() -> project.transcripts().load("p01"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("transcripts/p01.txt: the text was changed after import");
  }
}
