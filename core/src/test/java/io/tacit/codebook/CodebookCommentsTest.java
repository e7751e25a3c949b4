package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookCommentsTest {
  /** A codebook as Tacit writes it, with comments in every place a team would put one. */
  private static final String COMMENTED =
      """
      # Codebook of the pilot study.
      # Second header line.
      id: pilot
      title: Pilot # working title
      version: 1.0.0
      source: Team
      # Codes from the first three interviews.
      codes:
        # Barriers came up in every interview.
        - id: barriers
          name: Barriers
          short: ""
          # Kept broad on purpose.
          definition: >-
            Anything that stands between a client and the care they need, as the client or a
            worker describes it.
          # A comment after folded text (SnakeYAML reads it as an end-of-line comment).
          include: "" # to do
          exclude: ""
          examples: []
          terms:
            # stems work too
            - cost
            - bus* # buses, bus fare
          children:
            # Cost: fees, fares, co-pays.
            - id: cost
              name: Cost
              short: ""
              definition: ""
              include: ""
              exclude: ""
              examples: []
              terms: []
        - id: helps # was "supports" in pilot 1
          name: Helps
          short: ""
          definition: ""
          include: ""
          exclude: ""
          examples: [] # none yet
          terms: []
      # Anything after the codes.
      """;

  private static Codebook read(String yaml) {
    return CodebookFormat.YAML.read("cb.yaml", yaml.getBytes(StandardCharsets.UTF_8)).orThrow();
  }

  private static String rewrite(String yaml, Codebook after) {
    return CodebookComments.read(yaml).placeInto(CodebookFormat.YAML.write(after));
  }

  private static String uncommented(String yaml) {
    return String.join(
            "\n",
            yaml.lines()
                .filter(l -> !l.strip().startsWith("#"))
                .map(l -> l.replaceAll(" # .*", ""))
                .toList())
        + "\n";
  }

  @Test
  void theFixtureIsWhatTheWriterWritesOnceCommentsAreTakenOut() {
    assertThat(CodebookFormat.YAML.write(read(COMMENTED))).isEqualTo(uncommented(COMMENTED));
  }

  @Test
  void rewritingAnUnchangedCodebookKeepsEveryCommentWhereItWas() {
    assertThat(rewrite(COMMENTED, read(COMMENTED))).isEqualTo(COMMENTED);
  }

  @Test
  void withoutCommentsTheWritersOutputIsUntouched() {
    String plain = uncommented(COMMENTED);
    assertThat(CodebookComments.read(plain).isEmpty()).isTrue();
    assertThat(rewrite(plain, read(plain))).isEqualTo(plain);
    // A "#" inside a value is no comment.
    String hash = plain.replace("name: Helps", "name: \"Helps #1\"");
    assertThat(rewrite(hash, read(hash))).isEqualTo(hash);
  }

  @Test
  void commentsTravelWithTheirCodeAndLeaveWithIt() {
    CodebookEditor editor =
        new CodebookEditor(Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC));
    Codebook cb = read(COMMENTED);
    Codebook moved = editor.move(cb, "cost", null, "cost stands on its own");
    String out = rewrite(COMMENTED, moved);
    assertThat(out)
        .contains(
            """
          # Barriers came up in every interview.
          - id: barriers
        """)
        .contains(
            """
          # Cost: fees, fares, co-pays.
          - id: cost
            name: Cost
        """)
        .contains("- id: helps # was \"supports\" in pilot 1\n")
        .startsWith("# Codebook of the pilot study.\n# Second header line.\nid: pilot\n")
        .endsWith("# Anything after the codes.\n");
    assertThat(read(out)).isEqualTo(moved);

    Codebook removed = editor.remove(cb, "cost", "folded into barriers");
    String gone = rewrite(COMMENTED, removed);
    assertThat(gone)
        .doesNotContain("Cost: fees")
        .contains("# Kept broad on purpose.")
        .contains("changelog:");
    assertThat(read(gone)).isEqualTo(removed);
  }

  @Test
  void aNewCodeGetsNoCommentAndOthersKeepTheirs() {
    CodebookEditor editor =
        new CodebookEditor(Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC));
    Codebook added =
        editor.add(
            read(COMMENTED),
            new NewCode(
                "transport",
                "Transport",
                "barriers",
                "",
                "Getting there.",
                "",
                "",
                List.of(),
                List.of(),
                null),
            "pilot 4");
    String out = rewrite(COMMENTED, added);
    assertThat(out.lines().filter(l -> l.strip().startsWith("#")).count())
        .isEqualTo(COMMENTED.lines().filter(l -> l.strip().startsWith("#")).count());
    assertThat(out)
        .contains(
            """
              # Cost: fees, fares, co-pays.
              - id: cost
                name: Cost
                short: ""
                definition: ""
                include: ""
                exclude: ""
                examples: []
                terms: []
              - id: transport
        """);
    assertThat(read(out)).isEqualTo(added);
  }

  @Test
  void textThatIsNoYamlHasNoComments() {
    assertThat(CodebookComments.read("# a\nid: [unclosed\n").isEmpty()).isTrue();
  }
}
