package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every NAME.yaml in the golden folder exported as Markdown must equal NAME.md byte for byte.
 * {@code -Dgolden.update=true} rewrites the .md files instead; see the folder's README.
 */
class CodebookMarkdownGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/io/tacit/codebook/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> names() throws IOException {
    return stems(".yaml").stream();
  }

  private static Set<String> stems(String extension) throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      Set<String> stems = new TreeSet<>();
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(extension))
          .filter(n -> !n.equals("README.md"))
          .forEach(n -> stems.add(n.substring(0, n.length() - extension.length())));
      return stems;
    }
  }

  @Test
  void everyCodebookHasItsExpectedMarkdownAndNoMarkdownIsAlone() throws IOException {
    assertThat(stems(".yaml")).isNotEmpty();
    if (!UPDATE) {
      assertThat(stems(".md")).isEqualTo(stems(".yaml"));
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void exportMatchesTheGoldenFile(String name) throws IOException {
    Path yaml = DIR.resolve(name + ".yaml");
    Path md = DIR.resolve(name + ".md");
    Codebook cb =
        CodebookFormat.YAML.read(yaml.getFileName().toString(), Files.readAllBytes(yaml)).orThrow();
    String actual = CodebookFormat.MD.write(cb);
    if (UPDATE) {
      Files.writeString(md, actual, StandardCharsets.UTF_8);
    }
    assertThat(md).as("golden file; regenerate with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(md, StandardCharsets.UTF_8));
  }
}
