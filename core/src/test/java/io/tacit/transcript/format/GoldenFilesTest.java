package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in this package's test resources is read and rendered as text, and compared with
 * its {@code .expected} file. Run with {@code -Dgolden.update=true} to rewrite the expected files
 * after a deliberate change, then review the diff. See the README beside the fixtures.
 */
class GoldenFilesTest {
  static final Path DIR =
      Path.of(System.getProperty("basedir", "."))
          .resolve("src/test/resources/io/tacit/transcript/format");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(GoldenFilesTest::isFixture).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixtureAsExpected(Path fixture) throws IOException {
    String name = fixture.getFileName().toString();
    String actual =
        render(TranscriptFormats.read(new SourceFile(name, Files.readAllBytes(fixture)), null));
    Path expected = fixture.resolveSibling(name + ".expected");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("golden file for %s", name).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void everyFixtureHasAnExpectedFileAndEveryExpectedFileAFixture() throws IOException {
    List<String> unpaired = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".expected")) {
          if (!Files.exists(p.resolveSibling(name.substring(0, name.length() - 9)))) {
            unpaired.add(name);
          }
        } else if (isFixture(p) && !UPDATE && !Files.exists(p.resolveSibling(name + ".expected"))) {
          unpaired.add(name);
        }
      }
    }
    assertThat(unpaired).as("fixtures and .expected files without their pair").isEmpty();
  }

  @Test
  void renderingIsIdempotent() throws IOException {
    for (Path fixture : fixtures().toList()) {
      byte[] bytes = Files.readAllBytes(fixture);
      String name = fixture.getFileName().toString();
      assertThat(render(TranscriptFormats.read(new SourceFile(name, bytes), null)))
          .isEqualTo(render(TranscriptFormats.read(new SourceFile(name, bytes.clone()), null)));
    }
  }

  private static boolean isFixture(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && !name.endsWith(".expected") && !name.equals("README.md");
  }

  /**
   * One line for the format, one per header line and warning, then one per turn: {@code
   * speaker|time|text}, with backslashes and line ends in the text escaped.
   */
  static String render(ParsedTranscript t) {
    StringBuilder out = new StringBuilder();
    out.append("# format: ")
        .append(t.format().label())
        .append(", encoding: ")
        .append(t.encoding())
        .append('\n');
    t.header().forEach(h -> out.append("# header: ").append(escape(h)).append('\n'));
    t.warnings().forEach(w -> out.append("# warning: ").append(escape(w)).append('\n'));
    for (RawTurn turn : t.turns()) {
      out.append(escape(turn.speaker()))
          .append('|')
          .append(turn.time() == null ? "-" : Timestamps.format(turn.time()))
          .append('|')
          .append(escape(turn.text()))
          .append('\n');
    }
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
