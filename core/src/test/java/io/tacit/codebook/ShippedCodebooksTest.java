package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The codebooks in the repository's codebooks/ folder, which `tacit init` offers researchers. */
class ShippedCodebooksTest {
  private static final Path FOLDER = Path.of("..", "codebooks");

  /** A shipped codebook as the build packs it, where `tacit init --codebook ahrq` reads it. */
  static byte[] resource(String name) {
    try (InputStream in =
        ShippedCodebooksTest.class.getResourceAsStream("/io/tacit/codebooks/" + name)) {
      assertThat(in).as("shipped codebook %s on the class path", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml).as("codebooks in " + FOLDER.toAbsolutePath()).isNotEmpty();
      return yaml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void validatesWithoutErrorsOrWarnings(Path file) throws IOException {
    ValidationResult r =
        CodebookFormat.YAML.read(file.getFileName().toString(), Files.readAllBytes(file));
    assertThat(r.diagnostics()).isEmpty();
    Codebook cb = r.orThrow(true);
    assertThat(cb.source()).isNotBlank();
    for (Code c : cb.all()) {
      assertThat(c.examples()).as("examples of %s", c.id()).isNotEmpty();
      assertThat(c.terms()).as("search terms of %s", c.id()).isNotEmpty();
      assertThat(c.shortDefinition()).as("short definition of %s", c.id()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void survivesExportAndImportInEveryReadableFormat(Path file) throws IOException {
    Codebook cb = CodebookFormat.YAML.read("x", Files.readAllBytes(file)).orThrow();
    for (CodebookFormat f : List.of(CodebookFormat.YAML, CodebookFormat.CSV, CodebookFormat.QDC)) {
      String text = f.write(cb);
      Codebook back =
          f.read("x." + f.extension(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8), cb)
              .orThrow();
      assertThat(back.codes()).as(f.name()).isEqualTo(cb.codes());
      assertThat(f.write(back)).as(f.name()).isEqualTo(text);
    }
  }

  @Test
  void theAhrqCodebookIsPackedForInit() {
    Codebook ahrq =
        CodebookFormat.YAML
            .read("ahrq-care-coordination.yaml", resource("ahrq-care-coordination.yaml"))
            .orThrow(true);
    assertThat(ahrq.id()).isEqualTo("ahrq-care-coordination");
    assertThat(ahrq.all().size()).isGreaterThan(20);
  }
}
