package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.nlp.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Imported transcripts are stored exactly as the golden files say; see the README beside them. */
class StoredTranscriptGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/io/tacit/project/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Set<String> SOURCES = Set.of("txt", "vtt", "srt");

  @TempDir Path tmp;

  static List<String> sources() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(
              n -> !n.contains(".stored.") && SOURCES.contains(n.substring(n.lastIndexOf('.') + 1)))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("sources")
  void importStoresTheExpectedTextAndStructure(String source) throws IOException {
    String id = source.substring(0, source.lastIndexOf('.'));
    Project project = ProjectInitializer.init(tmp.resolve("p"), "golden", null);
    Path input = Files.copy(GOLDEN.resolve(source), tmp.resolve(source));
    new TranscriptImporter(project, new SentenceSplitter())
        .run(
            new TranscriptImporter.Request(List.of(input), null, null, null, List.of(), false),
            (f, d, t) -> {});
    for (String ext : List.of("txt", "json")) {
      String actual = Files.readString(project.resolve("transcripts/" + id + "." + ext));
      Path expected = GOLDEN.resolve(id + ".stored." + ext);
      if (UPDATE) {
        Files.writeString(expected, actual);
      }
      assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected));
    }
  }

  @Test
  void everySourceHasExpectedFilesAndEveryExpectedFileASource() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (String s : sources()) {
      ids.add(s.substring(0, s.lastIndexOf('.')));
    }
    Set<String> expectedIds = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.contains(".stored."))
          .forEach(n -> expectedIds.add(n.substring(0, n.indexOf(".stored."))));
    }
    assertThat(expectedIds).isEqualTo(ids);
    for (String id : ids) {
      assertThat(GOLDEN.resolve(id + ".stored.txt")).exists();
      assertThat(GOLDEN.resolve(id + ".stored.json")).exists();
    }
  }
}
