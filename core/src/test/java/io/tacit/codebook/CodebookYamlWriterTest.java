package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.codebook.ChangelogEntry.Action;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CodebookYamlWriterTest {
  private static Codebook reread(String yaml) {
    return CodebookFormat.YAML.read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8)).orThrow();
  }

  @Test
  void reExportIsByteIdentical() {
    Codebook cb =
        Fixtures.small()
            .withEntry(
                ChangelogEntry.at(
                    Instant.parse("2026-03-14T09:26:53.5Z"),
                    Action.RENAME,
                    "barriers",
                    "name \"A\" -> \"B\"",
                    "clearer"));
    String first = CodebookFormat.YAML.write(cb);
    Codebook again = reread(first);
    assertThat(again).isEqualTo(cb);
    assertThat(CodebookFormat.YAML.write(again)).isEqualTo(first);
  }

  @Test
  void writesKeysInTheTemplatesOrderWithFoldedBlocksForLongText() {
    String yaml = CodebookFormat.YAML.write(Fixtures.small());
    assertThat(yaml)
        .startsWith(
            "id: small-study\ntitle: \"Small Study: Access to Care\"\n"
                + "version: 0.3.0\nsource: Developed inductively from three pilot interviews.\n"
                + "description: >-\n  A small codebook for tests.");
    assertThat(yaml)
        .contains(
            """
          - id: barriers
            name: Barriers to Care
            short: Anything that makes it harder to get or keep care.
            definition: >-
        """);
    assertThat(yaml)
        .contains(
            "      definition: |-\n          Financial reasons a person cannot"
                + " get or keep care.\n          Applies whoever pays.\n");
    assertThat(yaml).contains("    color: \"#B03A2E\"\n");
    assertThat(yaml.lines().filter(l -> l.length() > 100)).isEmpty();
  }

  @Test
  void quotesWhatYamlWouldOtherwiseReadAsSomethingElse() {
    Code tricky =
        new Code(
            "a",
            "yes",
            "1.0",
            "null",
            "- dash",
            "# hash",
            List.of("key: value"),
            List.of("true", "*"),
            null,
            null,
            List.of());
    Codebook cb = new Codebook("c", "T", "1.10", "@source", "", List.of(tricky), List.of());
    String yaml = CodebookFormat.YAML.write(cb);
    assertThat(yaml).contains("version: \"1.10\"").contains("name: \"yes\"");
    assertThat(reread(yaml)).isEqualTo(cb);
  }

  @Property(tries = 200)
  void anyTextSurvivesWritingAndReading(
      @ForAll
          @StringLength(max = 300)
          @Chars({
            'a', 'b', ' ', '\n', ':', '#', '"', '\'', '-', '*', '|', '>', 'é', '\t', '{', '!', '%'
          })
          String text) {
    String value = text.strip();
    Code code =
        new Code(
            "a",
            "Name",
            value,
            value,
            value,
            value,
            value.isEmpty() ? List.of() : List.of(value),
            List.of(),
            null,
            null,
            List.of());
    Codebook cb = new Codebook("c", "T", "1", "S", value, List.of(code), List.of());
    String yaml = CodebookFormat.YAML.write(cb);
    assertThat(reread(yaml)).isEqualTo(cb);
    assertThat(CodebookFormat.YAML.write(reread(yaml))).isEqualTo(yaml);
  }
}
